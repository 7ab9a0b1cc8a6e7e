import check from '../../../checks/kubernetes/k8s.workload.image-digest.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, withContainer, workloadFacts } from '../../kit/k8s/builders.js';

const image = (ref: string) => withContainer({ image: ref });
checkTester.run(check, {
  pass: [image('nginx@sha256:' + 'b'.repeat(64)), image('ghcr.io/org/app:1.0@sha256:' + '0123456789abcdef'.repeat(4))],
  fail: [
    { facts: image('nginx:1.27.2'), messageId: 'unpinned' },
    { name: 'truncated digest', facts: image('nginx@sha256:abc'), messageId: 'unpinned' },
  ],
  notApplicable: [workloadFacts()],
  error: [{ 'k8s.pods': forbidden('pods'), 'k8s.workloads': [] }],
});
