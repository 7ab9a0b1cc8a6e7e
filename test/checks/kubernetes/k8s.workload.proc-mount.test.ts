import check from '../../../checks/kubernetes/k8s.workload.proc-mount.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, withContainer, workloadFacts } from '../../kit/k8s/builders.js';

checkTester.run(check, {
  pass: [withContainer({}), withContainer({ securityContext: { procMount: 'Default' } })],
  fail: [{ facts: withContainer({ securityContext: { procMount: 'Unmasked' } }), messageId: 'unmasked' }],
  notApplicable: [workloadFacts()],
  error: [{ 'k8s.pods': forbidden('pods'), 'k8s.workloads': [] }],
});
