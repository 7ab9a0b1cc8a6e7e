import { k8sNodeOwnerCheck } from '../../src/kit/k8s-node/check-kit.js';

export default k8sNodeOwnerCheck({
  id: 'k8s.node.scheduler-kubeconfig-owner',
  cis: '1.1.16',
  title: 'The scheduler kubeconfig is owned by root:root',
  rationale: 'scheduler.conf holds the scheduler\'s client certificate and key: reading it lets anyone act as system:kube-scheduler.',
  severity: 'medium',
  target: 'schedulerKubeconfig',
  what: 'scheduler kubeconfig (scheduler.conf)',
  owner: 'root',
  group: 'root',
  remediation: 'chown root:root /etc/kubernetes/scheduler.conf',
});
