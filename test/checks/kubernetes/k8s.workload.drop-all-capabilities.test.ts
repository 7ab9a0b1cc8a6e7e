import check from '../../../checks/kubernetes/k8s.workload.drop-all-capabilities.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, withContainer, workloadFacts } from '../../kit/k8s/builders.js';

checkTester.run(check, {
  pass: [{ name: 'Windows pods are exempt', facts: withContainer({ securityContext: {} }, { nodeSelector: { 'kubernetes.io/os': 'windows' } }) }, withContainer({}), withContainer({ securityContext: { capabilities: { drop: ['all'] } } })],
  fail: [
    { facts: withContainer({ securityContext: { capabilities: { drop: ['NET_RAW'] } } }), messageId: 'kept' },
    { facts: withContainer({ securityContext: {} }), messageId: 'kept' },
  ],
  notApplicable: [workloadFacts()],
  error: [{ 'k8s.pods': forbidden('pods'), 'k8s.workloads': [] }],
});
