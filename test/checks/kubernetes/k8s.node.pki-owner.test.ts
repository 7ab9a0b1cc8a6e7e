import check from '../../../checks/kubernetes/k8s.node.pki-owner.js';
import { checkTester } from '../../helpers/check-tester.js';
import { controlPlane, dir, file, notANode, notCollected, worker } from './k8s.node.facts.js';

const K = 'linux.kubernetes-node';
const pki = [dir('/etc/kubernetes/pki', 0o755), file('/etc/kubernetes/pki/ca.crt', 0o644), file('/etc/kubernetes/pki/ca.key', 0o600), dir('/etc/kubernetes/pki/etcd', 0o755), file('/etc/kubernetes/pki/etcd/ca.key', 0o600)];

checkTester.run(check, {
  pass: [
    { facts: { [K]: controlPlane(pki) }, count: 5 },
    // a file that merely starts with the folder's name is not in it
    { [K]: controlPlane([...pki, file('/etc/kubernetes/pki-old', 0o600, 'kube', 'kube')]) },
  ],
  fail: [
    { facts: { [K]: controlPlane([...pki, file('/etc/kubernetes/pki/sa.key', 0o600, 'kube', 'kube')]) }, messageId: 'wrongOwner', count: 1 },
    { facts: { [K]: controlPlane([dir('/etc/kubernetes/pki', 0o755, 'root', 'kube')]) }, messageId: 'wrongOwner', name: 'the folder itself counts' },
  ],
  notApplicable: [
    { [K]: notANode() },
    { [K]: worker(pki) }, // kubeadm workers keep ca.crt there; 1.1.19 is a control-plane item
    { [K]: controlPlane([]) },
  ],
  error: [
    { [K]: notCollected() },
    { facts: { [K]: controlPlane(pki, { denied: ['/etc/kubernetes/pki/etcd/'] }) }, count: 1, name: 'a folder that cannot be listed' },
    { facts: { [K]: controlPlane(pki, { pkiTruncated: true }) }, count: 1 },
  ],
});
