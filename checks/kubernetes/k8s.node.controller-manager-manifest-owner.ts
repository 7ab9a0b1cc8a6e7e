import { k8sNodeOwnerCheck } from '../../src/kit/k8s-node/check-kit.js';

export default k8sNodeOwnerCheck({
  id: 'k8s.node.controller-manager-manifest-owner',
  cis: '1.1.4',
  title: 'The controller manager static pod manifest is owned by root:root',
  rationale: 'The controller manager signs service account tokens and certificates; whoever can edit its manifest runs it with their own flags and keys.',
  severity: 'medium',
  target: 'controllerManagerManifest',
  what: 'controller manager pod specification file',
  owner: 'root',
  group: 'root',
  remediation: 'chown root:root /etc/kubernetes/manifests/kube-controller-manager.yaml',
});
