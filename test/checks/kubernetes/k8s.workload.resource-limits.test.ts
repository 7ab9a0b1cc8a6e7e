import check from '../../../checks/kubernetes/k8s.workload.resource-limits.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, withContainer, workloadFacts } from '../../kit/k8s/builders.js';

checkTester.run(check, {
  pass: [withContainer({}), withContainer({ resources: { limits: { cpu: 1, memory: '1Gi' } } })],
  fail: [
    { facts: withContainer({ resources: { requests: { cpu: '100m' } } }), messageId: 'unlimited' },
    { facts: withContainer({ resources: { limits: { cpu: '1' } } }), messageId: 'unlimited' },
    { facts: withContainer({ resources: undefined }), messageId: 'unlimited' },
  ],
  notApplicable: [workloadFacts()],
  error: [{ 'k8s.pods': forbidden('pods'), 'k8s.workloads': [] }],
});
