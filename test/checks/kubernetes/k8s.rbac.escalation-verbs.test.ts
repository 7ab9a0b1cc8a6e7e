import check from '../../../checks/kubernetes/k8s.rbac.escalation-verbs.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, role, roleFacts } from '../../kit/k8s/builders.js';

checkTester.run(check, {
  pass: [roleFacts(role('rbac-reader', [{ apiGroups: ['rbac.authorization.k8s.io'], resources: ['roles', 'rolebindings'], verbs: ['get', 'list'] }], 'shop'))],
  fail: [
    { facts: roleFacts(role('binder', [{ apiGroups: ['rbac.authorization.k8s.io'], resources: ['clusterroles'], verbs: ['bind'] }])), messageId: 'grants' },
    { facts: roleFacts(role('esc', [{ apiGroups: ['rbac.authorization.k8s.io'], resources: ['roles'], verbs: ['escalate'] }], 'shop')), messageId: 'grants' },
    { facts: roleFacts(role('imp', [{ apiGroups: [''], resources: ['users', 'groups'], verbs: ['impersonate'] }])), messageId: 'grants' },
    { name: 'verb wildcard on RBAC objects', facts: roleFacts(role('rbac-admin', [{ apiGroups: ['rbac.authorization.k8s.io'], resources: ['*'], verbs: ['*'] }])), messageId: 'grants' },
  ],
  notApplicable: [roleFacts(role('cluster-admin', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }]))],
  error: [{ 'k8s.roles': [], 'k8s.clusterroles': forbidden('clusterroles') }],
});
