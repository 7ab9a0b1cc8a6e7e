import { k8sNodePermsCheck } from '../../src/kit/k8s-node/check-kit.js';

export default k8sNodePermsCheck({
  id: 'k8s.node.scheduler-manifest-perms',
  cis: '1.1.5',
  title: 'The scheduler static pod manifest grants nothing beyond 0600',
  rationale: 'Whoever can edit the scheduler manifest decides which flags and which image the kubelet runs as the scheduler, on the control-plane node.',
  severity: 'medium',
  target: 'schedulerManifest',
  what: 'scheduler pod specification file',
  maxMode: 0o600,
  remediation: 'chmod 600 /etc/kubernetes/manifests/kube-scheduler.yaml',
});
