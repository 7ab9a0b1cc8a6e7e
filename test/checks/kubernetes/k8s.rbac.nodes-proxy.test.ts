import check from '../../../checks/kubernetes/k8s.rbac.nodes-proxy.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, role, roleFacts } from '../../kit/k8s/builders.js';

checkTester.run(check, {
  pass: [roleFacts(role('metrics', [{ apiGroups: [''], resources: ['nodes', 'nodes/metrics'], verbs: ['get'] }]))],
  fail: [
    { facts: roleFacts(role('kubelet-api', [{ apiGroups: [''], resources: ['nodes/proxy'], verbs: ['get'] }])), messageId: 'grants' },
    { facts: roleFacts(role('node-all', [{ apiGroups: [''], resources: ['nodes/*'], verbs: ['*'] }])), messageId: 'grants' },
  ],
  notApplicable: [roleFacts(role('system:kubelet-api-admin', [{ apiGroups: [''], resources: ['nodes/proxy'], verbs: ['*'] }]))],
  error: [{ 'k8s.roles': [], 'k8s.clusterroles': forbidden('clusterroles') }],
});
