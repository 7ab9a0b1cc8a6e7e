import check from '../../../checks/kubernetes/k8s.workload.host-pid.js';
import { checkTester } from '../../helpers/check-tester.js';
import { cronJob, daemonSet, forbidden, goodSpec, withSpec, workloadFacts } from '../../kit/k8s/builders.js';

checkTester.run(check, {
  pass: [withSpec({}), withSpec({ hostPID: false })],
  fail: [
    { facts: withSpec({ hostPID: true }), messageId: 'shared' },
    { name: 'a CronJob template', facts: workloadFacts(cronJob('backup', 'ops', goodSpec({ hostPID: true }))), messageId: 'shared' },
  ],
  notApplicable: [workloadFacts(daemonSet('kube-proxy', 'kube-system', goodSpec({ hostPID: true })))],
  error: [{ 'k8s.pods': [], 'k8s.workloads': forbidden('deployments') }],
});
