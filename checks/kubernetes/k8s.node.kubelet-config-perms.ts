import { k8sNodePermsCheck } from '../../src/kit/k8s-node/check-kit.js';

export default k8sNodePermsCheck({
  id: 'k8s.node.kubelet-config-perms',
  cis: '4.1.9',
  title: 'The kubelet configuration file grants nothing beyond 0600',
  rationale: 'The kubelet configuration file sets authentication, authorization and the read-only port; whoever can write it can open the kubelet API to anonymous callers.',
  severity: 'medium',
  target: 'kubeletConfig',
  what: 'kubelet configuration file (config.yaml)',
  maxMode: 0o600,
  remediation: 'chmod 600 /var/lib/kubelet/config.yaml',
});
