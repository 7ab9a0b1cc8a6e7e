import { k8sNodeOwnerCheck } from '../../src/kit/k8s-node/check-kit.js';

export default k8sNodeOwnerCheck({
  id: 'k8s.node.pki-owner',
  cis: '1.1.19',
  title: 'The Kubernetes PKI directory and its files are owned by root:root',
  rationale: '/etc/kubernetes/pki holds the cluster CA, the service account signing key and the etcd CA: their owner can read or replace them and mint credentials for anyone.',
  severity: 'high',
  pillar: 'data',
  target: 'pki',
  what: 'Kubernetes PKI directory and files',
  owner: 'root',
  group: 'root',
  remediation: 'chown -R root:root /etc/kubernetes/pki/',
});
