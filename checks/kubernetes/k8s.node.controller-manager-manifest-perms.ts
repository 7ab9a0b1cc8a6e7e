import { k8sNodePermsCheck } from '../../src/kit/k8s-node/check-kit.js';

export default k8sNodePermsCheck({
  id: 'k8s.node.controller-manager-manifest-perms',
  cis: '1.1.3',
  title: 'The controller manager static pod manifest grants nothing beyond 0600',
  rationale: 'The controller manager signs service account tokens and certificates; whoever can edit its manifest runs it with their own flags and keys.',
  severity: 'medium',
  target: 'controllerManagerManifest',
  what: 'controller manager pod specification file',
  maxMode: 0o600,
  remediation: 'chmod 600 /etc/kubernetes/manifests/kube-controller-manager.yaml',
});
