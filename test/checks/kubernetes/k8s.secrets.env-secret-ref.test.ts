import check from '../../../checks/kubernetes/k8s.secrets.env-secret-ref.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, withContainer, withSpec, workloadFacts } from '../../kit/k8s/builders.js';

checkTester.run(check, {
  pass: [
    withContainer({ env: [{ name: 'MODE', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'mode' } } }] }),
    { name: 'Secret mounted as a file', facts: withSpec({ volumes: [{ name: 'db', secret: { secretName: 'db' } }] }) },
  ],
  fail: [
    { facts: withContainer({ env: [{ name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } }] }), messageId: 'env' },
    { facts: withContainer({ envFrom: [{ secretRef: { name: 'db' } }] }), messageId: 'env' },
  ],
  notApplicable: [workloadFacts()],
  error: [{ 'k8s.pods': forbidden('pods'), 'k8s.workloads': [] }],
});
