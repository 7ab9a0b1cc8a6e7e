import check from '../../../checks/kubernetes/k8s.node.controller-manager-manifest-perms.js';
import { checkTester } from '../../helpers/check-tester.js';
import { controlPlane, file, node, notANode, notCollected, worker } from './k8s.node.facts.js';

const K = 'linux.kubernetes-node';

checkTester.run(check, {
  pass: [
    { [K]: controlPlane([file('/etc/kubernetes/manifests/kube-controller-manager.yaml', 0o600)]) },
    { [K]: controlPlane([file('/etc/kubernetes/manifests/kube-controller-manager.yaml', 0o400), file('/var/lib/rancher/rke2/agent/pod-manifests/kube-controller-manager.yaml', 0o600)]) },
  ],
  fail: [
    { facts: { [K]: controlPlane([file('/etc/kubernetes/manifests/kube-controller-manager.yaml', 0o644)]) }, messageId: 'tooOpen' },
    { facts: { [K]: controlPlane([file('/etc/kubernetes/manifests/kube-controller-manager.yaml', 0o600), file('/var/lib/rancher/rke2/agent/pod-manifests/kube-controller-manager.yaml', 0o640)]) }, messageId: 'tooOpen', name: 'every candidate that exists is assessed' },
    { facts: { [K]: controlPlane([file('/etc/kubernetes/manifests/kube-controller-manager.yaml', 0o4600)]) }, messageId: 'tooOpen', name: 'a setuid bit is beyond 0600' },
  ],
  notApplicable: [
    { [K]: notANode() },
    { [K]: worker([]) }, // a worker has no control-plane files
    { [K]: controlPlane([]) }, // the controller-manager-manifest file is absent: kube-bench passes, we say not applicable
  ],
  error: [
    { [K]: notCollected() },
    { [K]: controlPlane([], { denied: ['/etc/kubernetes/manifests/kube-controller-manager.yaml'] }) },
    { [K]: node('none', [], { denied: ['/etc/kubernetes/manifests/'] }) },
  ],
});
