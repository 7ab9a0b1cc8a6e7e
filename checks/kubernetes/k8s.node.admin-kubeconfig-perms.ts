import { k8sNodePermsCheck } from '../../src/kit/k8s-node/check-kit.js';

export default k8sNodePermsCheck({
  id: 'k8s.node.admin-kubeconfig-perms',
  cis: '1.1.13',
  title: 'The administrative kubeconfigs grant nothing beyond 0600',
  rationale: 'admin.conf and super-admin.conf hold client certificates in system:masters or cluster-admin: reading either one is full control of the cluster.',
  severity: 'high',
  target: 'adminKubeconfig',
  what: 'administrative kubeconfig (admin.conf, super-admin.conf)',
  maxMode: 0o600,
  remediation: 'chmod 600 /etc/kubernetes/admin.conf /etc/kubernetes/super-admin.conf',
});
