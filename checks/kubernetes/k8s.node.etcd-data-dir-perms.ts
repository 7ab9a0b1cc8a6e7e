import { k8sNodePermsCheck } from '../../src/kit/k8s-node/check-kit.js';

export default k8sNodePermsCheck({
  id: 'k8s.node.etcd-data-dir-perms',
  cis: '1.1.11',
  title: 'The etcd data directory grants nothing beyond 0700',
  rationale: 'The etcd data directory holds every object of the cluster, Secrets included, unencrypted unless encryption at rest is configured: whoever reads it reads the cluster.',
  severity: 'high',
  pillar: 'data',
  target: 'etcdDataDir',
  what: 'etcd data directory',
  maxMode: 0o700,
  remediation: 'chmod 700 on the etcd data directory (the --data-dir of etcd, /var/lib/etcd with kubeadm), e.g. chmod 700 /var/lib/etcd',
});
