import { defineCheck } from '../../src/engine/check.js';
import '../../src/kit/k8s/controlplane-types.js';

export default defineCheck({
  id: 'k8s.etcd.unique-ca',
  title: 'etcd trusts its own CA, not the cluster CA',
  rationale:
    'If etcd trusts the CA that signs API clients, every client certificate of the cluster (kubelets, users) is also an etcd client certificate: full read/write access to cluster state.',
  severity: 'high',
  pillar: 'data',
  function: 'Data Access',
  stage: 'advanced',
  targetKinds: ['kubernetes'],
  facts: ['k8s.etcd', 'k8s.apiserver'],
  cis: ['2.7'],
  references: ['CIS Kubernetes Benchmark v1.12 2.7'],
  remediation: 'Create a dedicated CA for etcd (kubeadm: /etc/kubernetes/pki/etcd/ca.crt) and set etcd --trusted-ca-file to it.',
  messages: {
    unset: 'etcd --trusted-ca-file is not set',
    shared: 'etcd --trusted-ca-file {{file}} is also the API server --client-ca-file',
  },
  evaluate({ 'k8s.etcd': etcd, 'k8s.apiserver': apiserver }, ctx) {
    const trusted = etcd.flags['trusted-ca-file'];
    if (!trusted) return ctx.fail('unset');
    // Compared by path: the CA files themselves are not readable through the API.
    return trusted === apiserver.flags['client-ca-file'] ? ctx.fail('shared', { file: trusted }) : ctx.pass();
  },
});
