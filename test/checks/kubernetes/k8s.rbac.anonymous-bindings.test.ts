import check from '../../../checks/kubernetes/k8s.rbac.anonymous-bindings.js';
import { checkTester } from '../../helpers/check-tester.js';
import { binding, bindingFacts, forbidden } from '../../kit/k8s/builders.js';

checkTester.run(check, {
  pass: [bindingFacts(binding('devs', { kind: 'ClusterRole', name: 'view' }, [{ kind: 'Group', name: 'devs' }]))],
  fail: [
    { facts: bindingFacts(binding('anon', { kind: 'ClusterRole', name: 'view' }, [{ kind: 'User', name: 'system:anonymous' }])), messageId: 'bound' },
    { facts: bindingFacts(binding('unauth', { kind: 'Role', name: 'reader' }, [{ kind: 'Group', name: 'system:unauthenticated' }], 'shop')), messageId: 'bound' },
  ],
  notApplicable: [
    { name: 'built-in public-info-viewer', facts: bindingFacts(binding('system:public-info-viewer', { kind: 'ClusterRole', name: 'system:public-info-viewer' }, [{ kind: 'Group', name: 'system:unauthenticated' }])) },
    { name: 'kubeadm cluster-info for joiners', facts: bindingFacts(binding('kubeadm:bootstrap-signer-clusterinfo', { kind: 'Role', name: 'kubeadm:bootstrap-signer-clusterinfo' }, [{ kind: 'User', name: 'system:anonymous' }], 'kube-public')) },
  ],
  error: [{ 'k8s.rolebindings': forbidden('rolebindings'), 'k8s.clusterrolebindings': [] }],
});
