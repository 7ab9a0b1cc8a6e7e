import check from '../../../checks/kubernetes/k8s.rbac.wildcard-rules.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, role, roleFacts } from '../../kit/k8s/builders.js';

checkTester.run(check, {
  pass: [
    roleFacts(role('explicit', [{ apiGroups: ['apps'], resources: ['deployments'], verbs: ['get', 'list'] }], 'shop')),
    // "*" in apiGroups alone is not flagged: the resources are still named
    roleFacts(role('any-group', [{ apiGroups: ['*'], resources: ['deployments'], verbs: ['get'] }])),
  ],
  fail: [
    { facts: roleFacts(role('verbs', [{ apiGroups: [''], resources: ['pods'], verbs: ['*'] }], 'shop')), messageId: 'wildcard' },
    { facts: roleFacts(role('god', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }])), messageId: 'wildcard' },
  ],
  notApplicable: [
    roleFacts(),
    { name: 'cluster-admin is built in', facts: roleFacts(role('cluster-admin', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }])) },
  ],
  error: [{ 'k8s.roles': forbidden('roles'), 'k8s.clusterroles': [] }],
});
