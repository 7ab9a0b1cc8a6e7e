import { k8sNodeOwnerCheck } from '../../src/kit/k8s-node/check-kit.js';

export default k8sNodeOwnerCheck({
  id: 'k8s.node.kubelet-kubeconfig-owner',
  cis: '4.1.6',
  title: 'The kubelet kubeconfig is owned by root:root',
  rationale: 'kubelet.conf carries the node\'s client credentials (system:node:NAME): reading it lets anyone act as this node against the API server.',
  severity: 'medium',
  target: 'kubeletKubeconfig',
  what: 'kubelet kubeconfig (kubelet.conf)',
  owner: 'root',
  group: 'root',
  remediation: 'chown root:root /etc/kubernetes/kubelet.conf',
});
