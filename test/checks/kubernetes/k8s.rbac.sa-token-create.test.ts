import check from '../../../checks/kubernetes/k8s.rbac.sa-token-create.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, role, roleFacts } from '../../kit/k8s/builders.js';

checkTester.run(check, {
  pass: [roleFacts(role('sa-reader', [{ apiGroups: [''], resources: ['serviceaccounts'], verbs: ['get', 'create'] }], 'shop'))],
  fail: [{ facts: roleFacts(role('minter', [{ apiGroups: [''], resources: ['serviceaccounts/token'], verbs: ['create'] }], 'shop')), messageId: 'grants' }],
  notApplicable: [roleFacts()],
  error: [{ 'k8s.roles': forbidden('roles'), 'k8s.clusterroles': [] }],
});
