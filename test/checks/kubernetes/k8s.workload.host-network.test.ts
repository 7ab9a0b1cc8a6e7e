import check from '../../../checks/kubernetes/k8s.workload.host-network.js';
import { checkTester } from '../../helpers/check-tester.js';
import { cronJob, daemonSet, forbidden, goodSpec, withSpec, workloadFacts } from '../../kit/k8s/builders.js';

checkTester.run(check, {
  pass: [withSpec({}), withSpec({ hostNetwork: false })],
  fail: [
    { facts: withSpec({ hostNetwork: true }), messageId: 'shared' },
    { name: 'a CronJob template', facts: workloadFacts(cronJob('backup', 'ops', goodSpec({ hostNetwork: true }))), messageId: 'shared' },
  ],
  notApplicable: [workloadFacts(daemonSet('kube-proxy', 'kube-system', goodSpec({ hostNetwork: true })))],
  error: [{ 'k8s.pods': [], 'k8s.workloads': forbidden('deployments') }],
});
