import check from '../../../checks/kubernetes/k8s.rbac.cluster-admin-binding.js';
import { checkTester } from '../../helpers/check-tester.js';
import { binding, bindingFacts, forbidden } from '../../kit/k8s/builders.js';

const admin = { kind: 'ClusterRole', name: 'cluster-admin' };
checkTester.run(check, {
  pass: [
    bindingFacts(binding('ops-view', { kind: 'ClusterRole', name: 'view' }, [{ kind: 'Group', name: 'ops' }])),
    bindingFacts(binding('masters', admin, [{ kind: 'Group', name: 'system:masters' }])),
  ],
  fail: [
    { facts: bindingFacts(binding('alice-admin', admin, [{ kind: 'User', name: 'alice@example.com' }])), messageId: 'bound' },
    { name: 'a service account (the old Tiller pattern)', facts: bindingFacts(binding('tiller', admin, [{ kind: 'ServiceAccount', name: 'tiller', namespace: 'kube-system' }])), messageId: 'bound' },
    { name: 'through a RoleBinding in one namespace', facts: bindingFacts(binding('ns-admin', admin, [{ kind: 'Group', name: 'devs' }], 'shop')), messageId: 'bound' },
  ],
  notApplicable: [
    bindingFacts(),
    { name: 'the built-in cluster-admin binding', facts: bindingFacts(binding('cluster-admin', admin, [{ kind: 'Group', name: 'system:masters' }])) },
  ],
  error: [{ 'k8s.rolebindings': [], 'k8s.clusterrolebindings': forbidden('clusterrolebindings') }],
});
