import check from '../../../checks/kubernetes/k8s.rbac.authenticated-group-bindings.js';
import { checkTester } from '../../helpers/check-tester.js';
import { binding, bindingFacts, forbidden } from '../../kit/k8s/builders.js';

checkTester.run(check, {
  pass: [bindingFacts(binding('devs', { kind: 'ClusterRole', name: 'view' }, [{ kind: 'Group', name: 'devs' }]))],
  fail: [
    { facts: bindingFacts(binding('everyone-view', { kind: 'ClusterRole', name: 'view' }, [{ kind: 'Group', name: 'system:authenticated' }])), messageId: 'bound' },
    { facts: bindingFacts(binding('all-sas', { kind: 'ClusterRole', name: 'edit' }, [{ kind: 'Group', name: 'system:serviceaccounts' }])), messageId: 'bound' },
  ],
  notApplicable: [bindingFacts(binding('system:discovery', { kind: 'ClusterRole', name: 'system:discovery' }, [{ kind: 'Group', name: 'system:authenticated' }]))],
  error: [{ 'k8s.rolebindings': [], 'k8s.clusterrolebindings': forbidden('clusterrolebindings') }],
});
