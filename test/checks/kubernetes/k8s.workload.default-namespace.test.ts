import check from '../../../checks/kubernetes/k8s.workload.default-namespace.js';
import { checkTester } from '../../helpers/check-tester.js';
import { deployment, forbidden, goodSpec, pod, workloadFacts } from '../../kit/k8s/builders.js';

checkTester.run(check, {
  pass: [workloadFacts(deployment('web', 'shop', goodSpec()))],
  fail: [
    { facts: workloadFacts(deployment('web', 'default', goodSpec())), messageId: 'default' },
    { facts: workloadFacts(pod('debug', 'default', goodSpec())), messageId: 'default' },
  ],
  notApplicable: [workloadFacts()],
  error: [{ 'k8s.pods': forbidden('pods'), 'k8s.workloads': [] }],
});
