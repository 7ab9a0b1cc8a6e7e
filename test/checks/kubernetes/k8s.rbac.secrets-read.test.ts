import check from '../../../checks/kubernetes/k8s.rbac.secrets-read.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, role, roleFacts } from '../../kit/k8s/builders.js';

checkTester.run(check, {
  pass: [
    roleFacts(role('reader', [{ apiGroups: [''], resources: ['configmaps', 'pods'], verbs: ['get', 'list'] }], 'shop')),
    // writing a Secret does not reveal existing ones
    roleFacts(role('writer', [{ apiGroups: [''], resources: ['secrets'], verbs: ['create'] }])),
    // wrong API group: apps has no secrets
    roleFacts(role('apps', [{ apiGroups: ['apps'], resources: ['*'], verbs: ['get'] }])),
  ],
  fail: [
    { facts: roleFacts(role('peek', [{ apiGroups: [''], resources: ['secrets'], verbs: ['get'] }], 'shop')), messageId: 'grants' },
    { facts: roleFacts(role('all', [{ apiGroups: ['*'], resources: ['*'], verbs: ['list'] }])), messageId: 'grants' },
    { name: 'resourceNames still grants', facts: roleFacts(role('one', [{ apiGroups: [''], resources: ['secrets'], resourceNames: ['db'], verbs: ['watch'] }])), messageId: 'grants' },
    { name: 'one bad role among good ones', facts: roleFacts(role('ok', []), role('bad', [{ apiGroups: [''], resources: ['secrets'], verbs: ['*'] }])), count: 1 },
  ],
  notApplicable: [
    roleFacts(),
    { name: 'built-in system roles are allowlisted', facts: roleFacts(role('system:controller:namespace-controller', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }])) },
  ],
  error: [{ 'k8s.roles': forbidden('roles'), 'k8s.clusterroles': [] }],
});
