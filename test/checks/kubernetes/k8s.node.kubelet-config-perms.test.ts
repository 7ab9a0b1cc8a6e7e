import check from '../../../checks/kubernetes/k8s.node.kubelet-config-perms.js';
import { checkTester } from '../../helpers/check-tester.js';
import { controlPlane, file, node, notANode, notCollected, worker } from './k8s.node.facts.js';

const K = 'linux.kubernetes-node';

checkTester.run(check, {
  pass: [
    { [K]: worker([file('/var/lib/kubelet/config.yaml', 0o600)]) },
    { [K]: worker([file('/var/lib/kubelet/config.yaml', 0o400), file('/etc/kubernetes/kubelet/kubelet-config.json', 0o600)]) },
    { [K]: controlPlane([file('/var/lib/kubelet/config.yaml', 0o600)]) }, // control-plane nodes run a kubelet too
  ],
  fail: [
    { facts: { [K]: worker([file('/var/lib/kubelet/config.yaml', 0o644)]) }, messageId: 'tooOpen' },
    { facts: { [K]: worker([file('/var/lib/kubelet/config.yaml', 0o600), file('/etc/kubernetes/kubelet/kubelet-config.json', 0o640)]) }, messageId: 'tooOpen', name: 'every candidate that exists is assessed' },
    { facts: { [K]: worker([file('/var/lib/kubelet/config.yaml', 0o4600)]) }, messageId: 'tooOpen', name: 'a setuid bit is beyond 0600' },
  ],
  notApplicable: [
    { [K]: notANode() },
    { [K]: node('worker', [file('/etc/kubernetes/kubelet.conf', 0o600)]) }, // no kubelet config file
  ],
  error: [
    { [K]: notCollected() },
    { [K]: worker([], { denied: ['/var/lib/kubelet/config.yaml'] }) },
    { [K]: node('none', [], { denied: ['/var/lib/kubelet/'] }) },
  ],
});
