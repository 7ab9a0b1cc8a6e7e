import { k8sNodeOwnerCheck } from '../../src/kit/k8s-node/check-kit.js';

export default k8sNodeOwnerCheck({
  id: 'k8s.node.kubelet-config-owner',
  cis: '4.1.10',
  title: 'The kubelet configuration file is owned by root:root',
  rationale: 'The kubelet configuration file sets authentication, authorization and the read-only port; whoever can write it can open the kubelet API to anonymous callers.',
  severity: 'medium',
  target: 'kubeletConfig',
  what: 'kubelet configuration file (config.yaml)',
  owner: 'root',
  group: 'root',
  remediation: 'chown root:root /var/lib/kubelet/config.yaml',
});
