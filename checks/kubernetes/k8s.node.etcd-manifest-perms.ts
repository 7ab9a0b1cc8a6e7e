import { k8sNodePermsCheck } from '../../src/kit/k8s-node/check-kit.js';

export default k8sNodePermsCheck({
  id: 'k8s.node.etcd-manifest-perms',
  cis: '1.1.7',
  title: 'The etcd static pod manifest grants nothing beyond 0600',
  rationale: 'etcd holds every object of the cluster, Secrets included; whoever can edit its manifest can turn client certificate authentication off or point it at another data directory.',
  severity: 'medium',
  target: 'etcdManifest',
  what: 'etcd pod specification file',
  maxMode: 0o600,
  remediation: 'chmod 600 /etc/kubernetes/manifests/etcd.yaml',
});
