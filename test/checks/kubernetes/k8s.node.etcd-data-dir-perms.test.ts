import check from '../../../checks/kubernetes/k8s.node.etcd-data-dir-perms.js';
import { checkTester } from '../../helpers/check-tester.js';
import { controlPlane, dir, node, notANode, notCollected, worker } from './k8s.node.facts.js';

const K = 'linux.kubernetes-node';
const fromManifest = { etcdDataDir: { path: '/var/lib/etcd', source: 'etcd manifest' as const } };

checkTester.run(check, {
  pass: [
    { [K]: controlPlane([dir('/var/lib/etcd', 0o700)], fromManifest) },
    { [K]: controlPlane([dir('/data/etcd', 0o700, 'etcd', 'etcd')], { etcdDataDir: { path: '/data/etcd', source: 'etcd process' } }) },
  ],
  fail: [
    { facts: { [K]: controlPlane([dir('/var/lib/etcd', 0o755)], fromManifest) }, messageId: 'tooOpen' },
    { facts: { [K]: controlPlane([dir('/var/lib/etcd', 0o710)], fromManifest) }, messageId: 'tooOpen', name: 'group search is beyond 0700' },
  ],
  notApplicable: [
    { [K]: notANode() },
    { [K]: node('none', [dir('/var/lib/etcd', 0o755)], { etcdDataDir: { path: '/var/lib/etcd', source: 'default location' } }) }, // plain etcd, no Kubernetes
    { [K]: worker([dir('/var/lib/etcd', 0o755)], fromManifest) },
    { [K]: controlPlane([]) }, // external etcd: no data directory here
    { [K]: controlPlane([], fromManifest) }, // the manifest names a directory that does not exist (yet)
  ],
  error: [
    { [K]: notCollected() },
    { [K]: controlPlane([], { ...fromManifest, denied: ['/var/lib/'] }) },
  ],
});
