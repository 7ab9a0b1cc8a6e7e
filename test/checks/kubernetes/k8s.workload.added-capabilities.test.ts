import check from '../../../checks/kubernetes/k8s.workload.added-capabilities.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, withContainer, workloadFacts } from '../../kit/k8s/builders.js';

const caps = (add: string[]) => withContainer({ securityContext: { capabilities: { drop: ['ALL'], add } } });
checkTester.run(check, {
  pass: [withContainer({}), caps(['NET_BIND_SERVICE']), caps(['CAP_NET_BIND_SERVICE'])],
  fail: [
    { facts: caps(['SYS_ADMIN']), messageId: 'dangerous' },
    { facts: caps(['net_raw']), messageId: 'dangerous' },
    { name: 'CAP_ prefix', facts: caps(['CAP_SYS_PTRACE']), messageId: 'dangerous' },
    { facts: caps(['CHOWN']), messageId: 'added' },
  ],
  notApplicable: [workloadFacts()],
  error: [{ 'k8s.pods': forbidden('pods'), 'k8s.workloads': [] }],
});
