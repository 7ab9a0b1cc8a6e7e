import check from '../../../checks/kubernetes/k8s.identity.default-sa-bindings.js';
import { checkTester } from '../../helpers/check-tester.js';
import { binding, bindingFacts, forbidden } from '../../kit/k8s/builders.js';

checkTester.run(check, {
  pass: [bindingFacts(binding('app', { kind: 'Role', name: 'reader' }, [{ kind: 'ServiceAccount', name: 'app', namespace: 'shop' }], 'shop'))],
  fail: [
    { facts: bindingFacts(binding('lazy', { kind: 'Role', name: 'reader' }, [{ kind: 'ServiceAccount', name: 'default', namespace: 'shop' }], 'shop')), messageId: 'bound' },
    { facts: bindingFacts(binding('lazy-cluster', { kind: 'ClusterRole', name: 'view' }, [{ kind: 'ServiceAccount', name: 'default', namespace: 'ci' }])), messageId: 'bound' },
  ],
  notApplicable: [bindingFacts()],
  error: [{ 'k8s.rolebindings': forbidden('rolebindings'), 'k8s.clusterrolebindings': [] }],
});
