import check from '../../../checks/kubernetes/k8s.node.apiserver-manifest-owner.js';
import { checkTester } from '../../helpers/check-tester.js';
import { controlPlane, file, notANode, notCollected, worker } from './k8s.node.facts.js';

const K = 'linux.kubernetes-node';

checkTester.run(check, {
  pass: [
    { [K]: controlPlane([file('/etc/kubernetes/manifests/kube-apiserver.yaml', 0o600)]) },
    { [K]: controlPlane([file('/etc/kubernetes/manifests/kube-apiserver.yaml', 0o644, 'root', 'root'), file('/etc/kubernetes/manifests/kube-apiserver.yml', 0o600)]) }, // modes are the other item's business
  ],
  fail: [
    { facts: { [K]: controlPlane([file('/etc/kubernetes/manifests/kube-apiserver.yaml', 0o600, 'kube', 'root')]) }, messageId: 'wrongOwner' },
    { facts: { [K]: controlPlane([file('/etc/kubernetes/manifests/kube-apiserver.yaml', 0o600, 'root', 'kube')]) }, messageId: 'wrongOwner', name: 'the group counts too' },
    { facts: { [K]: controlPlane([file('/etc/kubernetes/manifests/kube-apiserver.yaml', 0o600), file('/etc/kubernetes/manifests/kube-apiserver.yml', 0o600, '1001', '1001')]) }, messageId: 'wrongOwner', name: 'an id the image does not name' },
  ],
  notApplicable: [
    { [K]: notANode() },
    { [K]: worker([]) }, // a worker has no control-plane files
    { [K]: controlPlane([]) }, // the apiserver-manifest file is absent: kube-bench passes, we say not applicable
  ],
  error: [
    { [K]: notCollected() },
    { [K]: controlPlane([], { denied: ['/etc/kubernetes/manifests/kube-apiserver.yaml'] }) },
  ],
});
