import check from '../../../checks/kubernetes/k8s.workload.privilege-escalation.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, withContainer, workloadFacts } from '../../kit/k8s/builders.js';

checkTester.run(check, {
  pass: [{ name: 'Windows pods are exempt', facts: withContainer({ securityContext: {} }, { nodeSelector: { 'kubernetes.io/os': 'windows' } }) }, withContainer({})],
  fail: [
    { facts: withContainer({ securityContext: { allowPrivilegeEscalation: true } }), messageId: 'allowed' },
    { name: 'unset defaults to allowed', facts: withContainer({ securityContext: {} }), messageId: 'allowed' },
  ],
  notApplicable: [workloadFacts()],
  error: [{ 'k8s.pods': forbidden('pods'), 'k8s.workloads': [] }],
});
