import check from '../../../checks/kubernetes/k8s.node.etcd-data-dir-owner.js';
import { checkTester } from '../../helpers/check-tester.js';
import { controlPlane, dir, notANode, notCollected, worker } from './k8s.node.facts.js';

const K = 'linux.kubernetes-node';
const fromManifest = { etcdDataDir: { path: '/var/lib/etcd', source: 'etcd manifest' as const } };

checkTester.run(check, {
  pass: [
    { [K]: controlPlane([dir('/var/lib/etcd', 0o700, 'etcd', 'etcd')], fromManifest) },
    { [K]: controlPlane([dir('/var/lib/etcd/default.etcd', 0o755, 'etcd', 'etcd')], { etcdDataDir: { path: '/var/lib/etcd/default.etcd', source: 'default location' } }) },
  ],
  fail: [
    { facts: { [K]: controlPlane([dir('/var/lib/etcd', 0o700)], fromManifest) }, messageId: 'wrongOwner', name: 'kubeadm leaves it root:root' },
    { facts: { [K]: controlPlane([dir('/var/lib/etcd', 0o700, 'etcd', 'root')], fromManifest) }, messageId: 'wrongOwner' },
  ],
  notApplicable: [
    { [K]: notANode() },
    { [K]: worker([], fromManifest) },
    { [K]: controlPlane([]) },
  ],
  error: [
    { [K]: notCollected() },
    { [K]: controlPlane([], { etcdDataDir: { path: '/var/lib/etcd', source: 'etcd process' }, denied: ['/var/lib/etcd'] }) },
  ],
});
