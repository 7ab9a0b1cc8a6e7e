import check from '../../../checks/kubernetes/k8s.workload.run-as-non-root.js';
import { checkTester } from '../../helpers/check-tester.js';
import { deployment, forbidden, goodContainer, withContainer, workloadFacts } from '../../kit/k8s/builders.js';

const bare = (podSc: object, containerSc: object) =>
  workloadFacts(deployment('web', 'shop', { containers: [goodContainer('app', { securityContext: containerSc })], securityContext: podSc }));
checkTester.run(check, {
  pass: [
    withContainer({}),
    { name: 'pod-level runAsNonRoot', facts: bare({ runAsNonRoot: true }, {}) },
    { name: 'non-zero uid only', facts: bare({}, { runAsUser: 1000 }) },
  ],
  fail: [
    { facts: bare({}, {}), messageId: 'root' },
    { name: 'container uid 0 overrides pod runAsNonRoot', facts: bare({ runAsNonRoot: true }, { runAsUser: 0 }), messageId: 'root' },
    { name: 'container opts out', facts: bare({ runAsNonRoot: true }, { runAsNonRoot: false }), messageId: 'root' },
  ],
  notApplicable: [workloadFacts()],
  error: [{ 'k8s.pods': forbidden('pods'), 'k8s.workloads': [] }],
});
