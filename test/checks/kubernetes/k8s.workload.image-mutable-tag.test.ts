import check from '../../../checks/kubernetes/k8s.workload.image-mutable-tag.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, withContainer, workloadFacts } from '../../kit/k8s/builders.js';

const image = (ref: string) => withContainer({ image: ref });
checkTester.run(check, {
  pass: [image('nginx:1.27.2'), image('registry.local:5000/team/app:v3'), image('nginx@sha256:' + 'b'.repeat(64)), image('nginx:latest@sha256:' + 'c'.repeat(64))],
  fail: [
    { facts: image('nginx:latest'), messageId: 'mutable' },
    { facts: image('nginx'), messageId: 'mutable' },
    { name: 'registry port is not a tag', facts: image('registry.local:5000/team/app'), messageId: 'mutable' },
    { facts: withContainer({ image: undefined }), messageId: 'mutable' },
  ],
  notApplicable: [workloadFacts()],
  error: [{ 'k8s.pods': forbidden('pods'), 'k8s.workloads': [] }],
});
