import check from '../../../checks/kubernetes/k8s.workload.host-ipc.js';
import { checkTester } from '../../helpers/check-tester.js';
import { cronJob, daemonSet, forbidden, goodSpec, withSpec, workloadFacts } from '../../kit/k8s/builders.js';

checkTester.run(check, {
  pass: [withSpec({}), withSpec({ hostIPC: false })],
  fail: [
    { facts: withSpec({ hostIPC: true }), messageId: 'shared' },
    { name: 'a CronJob template', facts: workloadFacts(cronJob('backup', 'ops', goodSpec({ hostIPC: true }))), messageId: 'shared' },
  ],
  notApplicable: [workloadFacts(daemonSet('kube-proxy', 'kube-system', goodSpec({ hostIPC: true })))],
  error: [{ 'k8s.pods': [], 'k8s.workloads': forbidden('deployments') }],
});
