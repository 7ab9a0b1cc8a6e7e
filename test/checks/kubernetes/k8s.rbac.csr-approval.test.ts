import check from '../../../checks/kubernetes/k8s.rbac.csr-approval.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, role, roleFacts } from '../../kit/k8s/builders.js';

checkTester.run(check, {
  pass: [roleFacts(role('csr-reader', [{ apiGroups: ['certificates.k8s.io'], resources: ['certificatesigningrequests'], verbs: ['get', 'list', 'create'] }]))],
  fail: [{ facts: roleFacts(role('approver', [{ apiGroups: ['certificates.k8s.io'], resources: ['certificatesigningrequests/approval'], verbs: ['update'] }])), messageId: 'grants' }],
  notApplicable: [roleFacts()],
  error: [{ 'k8s.roles': [], 'k8s.clusterroles': forbidden('clusterroles') }],
});
