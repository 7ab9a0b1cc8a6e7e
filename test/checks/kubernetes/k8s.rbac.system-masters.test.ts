import check from '../../../checks/kubernetes/k8s.rbac.system-masters.js';
import { checkTester } from '../../helpers/check-tester.js';
import { binding, bindingFacts, forbidden } from '../../kit/k8s/builders.js';

checkTester.run(check, {
  pass: [bindingFacts(binding('ops', { kind: 'ClusterRole', name: 'view' }, [{ kind: 'Group', name: 'ops' }]))],
  fail: [{ facts: bindingFacts(binding('extra-masters', { kind: 'ClusterRole', name: 'view' }, [{ kind: 'Group', name: 'system:masters' }])), messageId: 'bound' }],
  notApplicable: [bindingFacts(binding('cluster-admin', { kind: 'ClusterRole', name: 'cluster-admin' }, [{ kind: 'Group', name: 'system:masters' }]))],
  error: [{ 'k8s.rolebindings': forbidden('rolebindings'), 'k8s.clusterrolebindings': [] }],
});
