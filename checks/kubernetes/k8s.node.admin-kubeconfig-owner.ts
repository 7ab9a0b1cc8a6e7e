import { k8sNodeOwnerCheck } from '../../src/kit/k8s-node/check-kit.js';

export default k8sNodeOwnerCheck({
  id: 'k8s.node.admin-kubeconfig-owner',
  cis: '1.1.14',
  title: 'The administrative kubeconfigs are owned by root:root',
  rationale: 'admin.conf and super-admin.conf hold client certificates in system:masters or cluster-admin: reading either one is full control of the cluster.',
  severity: 'medium',
  target: 'adminKubeconfig',
  what: 'administrative kubeconfig (admin.conf, super-admin.conf)',
  owner: 'root',
  group: 'root',
  remediation: 'chown root:root /etc/kubernetes/admin.conf /etc/kubernetes/super-admin.conf',
});
