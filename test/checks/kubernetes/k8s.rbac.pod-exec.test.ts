import check from '../../../checks/kubernetes/k8s.rbac.pod-exec.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, role, roleFacts } from '../../kit/k8s/builders.js';

checkTester.run(check, {
  pass: [
    roleFacts(role('logs', [{ apiGroups: [''], resources: ['pods', 'pods/log'], verbs: ['get', 'list'] }], 'shop')),
    // pods/* does not match pods itself, and "get pods" is not exec
    roleFacts(role('pods-only', [{ apiGroups: [''], resources: ['pods'], verbs: ['*'] }])),
  ],
  fail: [
    { facts: roleFacts(role('debug', [{ apiGroups: [''], resources: ['pods/exec'], verbs: ['create'] }], 'shop')), messageId: 'grants' },
    { name: 'subresource wildcard', facts: roleFacts(role('subs', [{ apiGroups: [''], resources: ['pods/*'], verbs: ['create'] }])), messageId: 'grants' },
    { facts: roleFacts(role('attach', [{ apiGroups: [''], resources: ['pods/attach'], verbs: ['get'] }])), messageId: 'grants' },
  ],
  notApplicable: [roleFacts()],
  error: [{ 'k8s.roles': forbidden('roles'), 'k8s.clusterroles': [] }],
});
