import { k8sNodeOwnerCheck } from '../../src/kit/k8s-node/check-kit.js';

export default k8sNodeOwnerCheck({
  id: 'k8s.node.scheduler-manifest-owner',
  cis: '1.1.6',
  title: 'The scheduler static pod manifest is owned by root:root',
  rationale: 'Whoever can edit the scheduler manifest decides which flags and which image the kubelet runs as the scheduler, on the control-plane node.',
  severity: 'medium',
  target: 'schedulerManifest',
  what: 'scheduler pod specification file',
  owner: 'root',
  group: 'root',
  remediation: 'chown root:root /etc/kubernetes/manifests/kube-scheduler.yaml',
});
