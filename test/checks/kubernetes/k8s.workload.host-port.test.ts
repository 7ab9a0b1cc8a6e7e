import check from '../../../checks/kubernetes/k8s.workload.host-port.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, withContainer, workloadFacts } from '../../kit/k8s/builders.js';

checkTester.run(check, {
  pass: [withContainer({ ports: [{ containerPort: 8080 }] }), withContainer({ ports: [{ containerPort: 8080, hostPort: 0 }] })],
  fail: [{ facts: withContainer({ ports: [{ containerPort: 8080, hostPort: 80 }] }), messageId: 'hostPort' }],
  notApplicable: [workloadFacts()],
  error: [{ 'k8s.pods': forbidden('pods'), 'k8s.workloads': [] }],
});
