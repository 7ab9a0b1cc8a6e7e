import { k8sNodeOwnerCheck } from '../../src/kit/k8s-node/check-kit.js';

export default k8sNodeOwnerCheck({
  id: 'k8s.node.controller-manager-kubeconfig-owner',
  cis: '1.1.18',
  title: 'The controller manager kubeconfig is owned by root:root',
  rationale: 'controller-manager.conf holds the credentials of system:kube-controller-manager, which can read every Secret and create tokens for any service account.',
  severity: 'medium',
  target: 'controllerManagerKubeconfig',
  what: 'controller manager kubeconfig (controller-manager.conf)',
  owner: 'root',
  group: 'root',
  remediation: 'chown root:root /etc/kubernetes/controller-manager.conf',
});
