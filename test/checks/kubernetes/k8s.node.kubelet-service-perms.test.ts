import check from '../../../checks/kubernetes/k8s.node.kubelet-service-perms.js';
import { checkTester } from '../../helpers/check-tester.js';
import { controlPlane, file, node, notANode, notCollected, worker } from './k8s.node.facts.js';

const K = 'linux.kubernetes-node';

checkTester.run(check, {
  pass: [
    { [K]: worker([file('/etc/systemd/system/kubelet.service.d/10-kubeadm.conf', 0o600)]) },
    { [K]: worker([file('/etc/systemd/system/kubelet.service.d/10-kubeadm.conf', 0o400), file('/lib/systemd/system/kubelet.service', 0o600)]) },
    { [K]: controlPlane([file('/etc/systemd/system/kubelet.service.d/10-kubeadm.conf', 0o600)]) }, // control-plane nodes run a kubelet too
  ],
  fail: [
    { facts: { [K]: worker([file('/etc/systemd/system/kubelet.service.d/10-kubeadm.conf', 0o644)]) }, messageId: 'tooOpen' },
    { facts: { [K]: worker([file('/etc/systemd/system/kubelet.service.d/10-kubeadm.conf', 0o600), file('/lib/systemd/system/kubelet.service', 0o640)]) }, messageId: 'tooOpen', name: 'every candidate that exists is assessed' },
    { facts: { [K]: worker([file('/etc/systemd/system/kubelet.service.d/10-kubeadm.conf', 0o4600)]) }, messageId: 'tooOpen', name: 'a setuid bit is beyond 0600' },
  ],
  notApplicable: [
    { [K]: notANode() },
    { [K]: worker([]) }, // the kubelet-service file is absent: kube-bench passes, we say not applicable
  ],
  error: [
    { [K]: notCollected() },
    { [K]: worker([], { denied: ['/etc/systemd/system/kubelet.service.d/10-kubeadm.conf'] }) },
    { [K]: node('none', [], { denied: ['/etc/systemd/system/kubelet.service.d/'] }) },
  ],
});
