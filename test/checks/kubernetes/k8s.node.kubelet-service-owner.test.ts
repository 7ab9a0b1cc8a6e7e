import check from '../../../checks/kubernetes/k8s.node.kubelet-service-owner.js';
import { checkTester } from '../../helpers/check-tester.js';
import { controlPlane, file, notANode, notCollected, worker } from './k8s.node.facts.js';

const K = 'linux.kubernetes-node';

checkTester.run(check, {
  pass: [
    { [K]: worker([file('/etc/systemd/system/kubelet.service.d/10-kubeadm.conf', 0o600)]) },
    { [K]: worker([file('/etc/systemd/system/kubelet.service.d/10-kubeadm.conf', 0o644, 'root', 'root'), file('/lib/systemd/system/kubelet.service', 0o600)]) }, // modes are the other item's business
    { [K]: controlPlane([file('/etc/systemd/system/kubelet.service.d/10-kubeadm.conf', 0o600)]) }, // control-plane nodes run a kubelet too
  ],
  fail: [
    { facts: { [K]: worker([file('/etc/systemd/system/kubelet.service.d/10-kubeadm.conf', 0o600, 'kube', 'root')]) }, messageId: 'wrongOwner' },
    { facts: { [K]: worker([file('/etc/systemd/system/kubelet.service.d/10-kubeadm.conf', 0o600, 'root', 'kube')]) }, messageId: 'wrongOwner', name: 'the group counts too' },
    { facts: { [K]: worker([file('/etc/systemd/system/kubelet.service.d/10-kubeadm.conf', 0o600), file('/lib/systemd/system/kubelet.service', 0o600, '1001', '1001')]) }, messageId: 'wrongOwner', name: 'an id the image does not name' },
  ],
  notApplicable: [
    { [K]: notANode() },
    { [K]: worker([]) }, // the kubelet-service file is absent: kube-bench passes, we say not applicable
  ],
  error: [
    { [K]: notCollected() },
    { [K]: worker([], { denied: ['/etc/systemd/system/kubelet.service.d/10-kubeadm.conf'] }) },
  ],
});
