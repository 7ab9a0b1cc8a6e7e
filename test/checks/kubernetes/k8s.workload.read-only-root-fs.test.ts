import check from '../../../checks/kubernetes/k8s.workload.read-only-root-fs.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, withContainer, workloadFacts } from '../../kit/k8s/builders.js';

checkTester.run(check, {
  pass: [
    withContainer({}),
    { name: 'Windows pods are exempt (the API forbids the field there)', facts: withContainer({ securityContext: {} }, { os: { name: 'windows' } }) },
  ],
  fail: [
    { facts: withContainer({ securityContext: { readOnlyRootFilesystem: false } }), messageId: 'writable' },
    { name: 'string "true" is not a boolean', facts: withContainer({ securityContext: { readOnlyRootFilesystem: 'true' as unknown as boolean } }), messageId: 'writable' },
  ],
  notApplicable: [workloadFacts()],
  error: [{ 'k8s.pods': forbidden('pods'), 'k8s.workloads': [] }],
});
