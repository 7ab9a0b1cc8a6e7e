import { k8sNodePermsCheck } from '../../src/kit/k8s-node/check-kit.js';

export default k8sNodePermsCheck({
  id: 'k8s.node.controller-manager-kubeconfig-perms',
  cis: '1.1.17',
  title: 'The controller manager kubeconfig grants nothing beyond 0600',
  rationale: 'controller-manager.conf holds the credentials of system:kube-controller-manager, which can read every Secret and create tokens for any service account.',
  severity: 'high',
  target: 'controllerManagerKubeconfig',
  what: 'controller manager kubeconfig (controller-manager.conf)',
  maxMode: 0o600,
  remediation: 'chmod 600 /etc/kubernetes/controller-manager.conf',
});
