import check from '../../../checks/kubernetes/k8s.workload.windows-host-process.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, withContainer, withSpec, workloadFacts } from '../../kit/k8s/builders.js';

checkTester.run(check, {
  pass: [withSpec({}), withContainer({ securityContext: { windowsOptions: { hostProcess: false } } }, { securityContext: { windowsOptions: { hostProcess: true } } })],
  fail: [
    { facts: withSpec({ securityContext: { windowsOptions: { hostProcess: true } } }), messageId: 'hostProcess' },
    { facts: withContainer({ securityContext: { windowsOptions: { hostProcess: true } } }), messageId: 'hostProcess' },
  ],
  notApplicable: [workloadFacts()],
  error: [{ 'k8s.pods': forbidden('pods'), 'k8s.workloads': [] }],
});
