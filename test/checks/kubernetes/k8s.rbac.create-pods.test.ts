import check from '../../../checks/kubernetes/k8s.rbac.create-pods.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, role, roleFacts } from '../../kit/k8s/builders.js';

checkTester.run(check, {
  pass: [roleFacts(role('viewer', [{ apiGroups: ['', 'apps'], resources: ['pods', 'deployments'], verbs: ['get', 'list', 'watch'] }], 'shop'))],
  fail: [
    { facts: roleFacts(role('runner', [{ apiGroups: [''], resources: ['pods'], verbs: ['create'] }], 'shop')), messageId: 'grants' },
    { facts: roleFacts(role('deployer', [{ apiGroups: ['apps'], resources: ['deployments'], verbs: ['create', 'update'] }])), messageId: 'grants' },
    { facts: roleFacts(role('batch', [{ apiGroups: ['batch'], resources: ['*'], verbs: ['*'] }], 'ci')), messageId: 'grants' },
  ],
  notApplicable: [roleFacts(role('edit', [{ apiGroups: [''], resources: ['pods'], verbs: ['create'] }]))],
  error: [{ 'k8s.roles': forbidden('roles'), 'k8s.clusterroles': [] }],
});
