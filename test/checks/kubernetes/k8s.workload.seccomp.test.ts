import check from '../../../checks/kubernetes/k8s.workload.seccomp.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, withContainer, withSpec, workloadFacts } from '../../kit/k8s/builders.js';

checkTester.run(check, {
  pass: [
    withSpec({}),
    { name: 'Windows pods are exempt', facts: withSpec({ securityContext: {}, os: { name: 'windows' } }) },
    { name: 'container Localhost profile', facts: withContainer({ securityContext: { seccompProfile: { type: 'Localhost', localhostProfile: 'p.json' } } }, { securityContext: {} }) },
  ],
  fail: [
    { facts: withSpec({ securityContext: {} }), messageId: 'unconfined' },
    { name: 'container overrides with Unconfined', facts: withContainer({ securityContext: { seccompProfile: { type: 'Unconfined' } } }), messageId: 'unconfined' },
  ],
  notApplicable: [workloadFacts()],
  error: [{ 'k8s.pods': forbidden('pods'), 'k8s.workloads': [] }],
});
