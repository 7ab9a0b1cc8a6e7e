import { k8sNodeOwnerCheck } from '../../src/kit/k8s-node/check-kit.js';

export default k8sNodeOwnerCheck({
  id: 'k8s.node.etcd-manifest-owner',
  cis: '1.1.8',
  title: 'The etcd static pod manifest is owned by root:root',
  rationale: 'etcd holds every object of the cluster, Secrets included; whoever can edit its manifest can turn client certificate authentication off or point it at another data directory.',
  severity: 'medium',
  target: 'etcdManifest',
  what: 'etcd pod specification file',
  owner: 'root',
  group: 'root',
  remediation: 'chown root:root /etc/kubernetes/manifests/etcd.yaml',
});
