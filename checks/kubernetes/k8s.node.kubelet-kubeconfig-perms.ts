import { k8sNodePermsCheck } from '../../src/kit/k8s-node/check-kit.js';

export default k8sNodePermsCheck({
  id: 'k8s.node.kubelet-kubeconfig-perms',
  cis: '4.1.5',
  title: 'The kubelet kubeconfig grants nothing beyond 0600',
  rationale: 'kubelet.conf carries the node\'s client credentials (system:node:NAME): reading it lets anyone act as this node against the API server.',
  severity: 'high',
  target: 'kubeletKubeconfig',
  what: 'kubelet kubeconfig (kubelet.conf)',
  maxMode: 0o600,
  remediation: 'chmod 600 /etc/kubernetes/kubelet.conf',
});
