import check from '../../../checks/kubernetes/k8s.node.kubelet-config-owner.js';
import { checkTester } from '../../helpers/check-tester.js';
import { controlPlane, file, node, notANode, notCollected, worker } from './k8s.node.facts.js';

const K = 'linux.kubernetes-node';

checkTester.run(check, {
  pass: [
    { [K]: worker([file('/var/lib/kubelet/config.yaml', 0o600)]) },
    { [K]: worker([file('/var/lib/kubelet/config.yaml', 0o644, 'root', 'root'), file('/etc/kubernetes/kubelet/kubelet-config.json', 0o600)]) }, // modes are the other item's business
    { [K]: controlPlane([file('/var/lib/kubelet/config.yaml', 0o600)]) }, // control-plane nodes run a kubelet too
  ],
  fail: [
    { facts: { [K]: worker([file('/var/lib/kubelet/config.yaml', 0o600, 'kube', 'root')]) }, messageId: 'wrongOwner' },
    { facts: { [K]: worker([file('/var/lib/kubelet/config.yaml', 0o600, 'root', 'kube')]) }, messageId: 'wrongOwner', name: 'the group counts too' },
    { facts: { [K]: worker([file('/var/lib/kubelet/config.yaml', 0o600), file('/etc/kubernetes/kubelet/kubelet-config.json', 0o600, '1001', '1001')]) }, messageId: 'wrongOwner', name: 'an id the image does not name' },
  ],
  notApplicable: [
    { [K]: notANode() },
    { [K]: node('worker', [file('/etc/kubernetes/kubelet.conf', 0o600)]) }, // no kubelet config file
  ],
  error: [
    { [K]: notCollected() },
    { [K]: worker([], { denied: ['/var/lib/kubelet/config.yaml'] }) },
  ],
});
