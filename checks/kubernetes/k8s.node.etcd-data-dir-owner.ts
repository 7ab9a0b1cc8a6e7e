import { k8sNodeOwnerCheck } from '../../src/kit/k8s-node/check-kit.js';

export default k8sNodeOwnerCheck({
  id: 'k8s.node.etcd-data-dir-owner',
  cis: '1.1.12',
  title: 'The etcd data directory is owned by etcd:etcd',
  rationale: 'etcd should run as its own unprivileged user that alone owns its data; kubeadm runs etcd as root and leaves /var/lib/etcd root:root, which CIS (and kube-bench) report.',
  severity: 'medium',
  pillar: 'data',
  target: 'etcdDataDir',
  what: 'etcd data directory',
  owner: 'etcd',
  group: 'etcd',
  remediation: 'Create the etcd user and group (useradd -r -s /usr/sbin/nologin etcd) and chown -R etcd:etcd on the etcd data directory, e.g. chown -R etcd:etcd /var/lib/etcd',
});
