import check from '../../../checks/kubernetes/k8s.node.kubelet-kubeconfig-perms.js';
import { checkTester } from '../../helpers/check-tester.js';
import { controlPlane, file, node, notANode, notCollected, worker } from './k8s.node.facts.js';

const K = 'linux.kubernetes-node';

checkTester.run(check, {
  pass: [
    { [K]: worker([file('/etc/kubernetes/kubelet.conf', 0o600)]) },
    { [K]: worker([file('/etc/kubernetes/kubelet.conf', 0o400), file('/var/lib/kubelet/kubeconfig', 0o600)]) },
    { [K]: controlPlane([file('/etc/kubernetes/kubelet.conf', 0o600)]) }, // control-plane nodes run a kubelet too
  ],
  fail: [
    { facts: { [K]: worker([file('/etc/kubernetes/kubelet.conf', 0o644)]) }, messageId: 'tooOpen' },
    { facts: { [K]: worker([file('/etc/kubernetes/kubelet.conf', 0o600), file('/var/lib/kubelet/kubeconfig', 0o640)]) }, messageId: 'tooOpen', name: 'every candidate that exists is assessed' },
    { facts: { [K]: worker([file('/etc/kubernetes/kubelet.conf', 0o4600)]) }, messageId: 'tooOpen', name: 'a setuid bit is beyond 0600' },
  ],
  notApplicable: [
    { [K]: notANode() },
    { [K]: worker([]) }, // the kubelet-kubeconfig file is absent: kube-bench passes, we say not applicable
  ],
  error: [
    { [K]: notCollected() },
    { [K]: worker([], { denied: ['/etc/kubernetes/kubelet.conf'] }) },
    { [K]: node('none', [], { denied: ['/etc/kubernetes/'] }) },
  ],
});
