import check from '../../../checks/kubernetes/k8s.rbac.webhook-config.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, role, roleFacts } from '../../kit/k8s/builders.js';

checkTester.run(check, {
  pass: [roleFacts(role('webhook-viewer', [{ apiGroups: ['admissionregistration.k8s.io'], resources: ['validatingwebhookconfigurations'], verbs: ['get', 'list'] }]))],
  fail: [
    { facts: roleFacts(role('webhook-admin', [{ apiGroups: ['admissionregistration.k8s.io'], resources: ['mutatingwebhookconfigurations'], verbs: ['patch'] }])), messageId: 'grants' },
    { facts: roleFacts(role('any', [{ apiGroups: ['*'], resources: ['*'], verbs: ['delete'] }])), messageId: 'grants' },
  ],
  notApplicable: [roleFacts()],
  error: [{ 'k8s.roles': forbidden('roles'), 'k8s.clusterroles': [] }],
});
