import { k8sNodePermsCheck } from '../../src/kit/k8s-node/check-kit.js';

export default k8sNodePermsCheck({
  id: 'k8s.node.apiserver-manifest-perms',
  cis: '1.1.1',
  title: 'The API server static pod manifest grants nothing beyond 0600',
  rationale: 'Whoever can write the API server manifest changes the flags the kubelet starts it with (turn authorization off, add an admission bypass); the manifest also names every key file the API server uses.',
  severity: 'medium',
  target: 'apiserverManifest',
  what: 'API server pod specification file',
  maxMode: 0o600,
  remediation: 'chmod 600 /etc/kubernetes/manifests/kube-apiserver.yaml',
});
