import { k8sNodeOwnerCheck } from '../../src/kit/k8s-node/check-kit.js';

export default k8sNodeOwnerCheck({
  id: 'k8s.node.apiserver-manifest-owner',
  cis: '1.1.2',
  title: 'The API server static pod manifest is owned by root:root',
  rationale: 'Whoever can write the API server manifest changes the flags the kubelet starts it with (turn authorization off, add an admission bypass); the manifest also names every key file the API server uses.',
  severity: 'medium',
  target: 'apiserverManifest',
  what: 'API server pod specification file',
  owner: 'root',
  group: 'root',
  remediation: 'chown root:root /etc/kubernetes/manifests/kube-apiserver.yaml',
});
