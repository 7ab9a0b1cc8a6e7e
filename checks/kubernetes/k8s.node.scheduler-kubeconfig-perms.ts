import { k8sNodePermsCheck } from '../../src/kit/k8s-node/check-kit.js';

export default k8sNodePermsCheck({
  id: 'k8s.node.scheduler-kubeconfig-perms',
  cis: '1.1.15',
  title: 'The scheduler kubeconfig grants nothing beyond 0600',
  rationale: 'scheduler.conf holds the scheduler\'s client certificate and key: reading it lets anyone act as system:kube-scheduler.',
  severity: 'high',
  target: 'schedulerKubeconfig',
  what: 'scheduler kubeconfig (scheduler.conf)',
  maxMode: 0o600,
  remediation: 'chmod 600 /etc/kubernetes/scheduler.conf',
});
