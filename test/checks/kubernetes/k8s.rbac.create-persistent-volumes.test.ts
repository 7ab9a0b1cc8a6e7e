import check from '../../../checks/kubernetes/k8s.rbac.create-persistent-volumes.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, role, roleFacts } from '../../kit/k8s/builders.js';

checkTester.run(check, {
  pass: [roleFacts(role('claims', [{ apiGroups: [''], resources: ['persistentvolumeclaims'], verbs: ['create'] }], 'shop'))],
  fail: [{ facts: roleFacts(role('storage', [{ apiGroups: [''], resources: ['persistentvolumes'], verbs: ['create', 'delete'] }])), messageId: 'grants' }],
  notApplicable: [roleFacts()],
  error: [{ 'k8s.roles': forbidden('roles'), 'k8s.clusterroles': [] }],
});
