import { defineCheck } from '../../src/engine/check.js';
import '../../src/kit/k8s/controlplane-types.js';
import { forEachKubelet } from '../../src/kit/k8s/kubelet-rules.js';

export default defineCheck({
  id: 'k8s.kubelet.tls-certificate',
  title: 'Kubelets serve TLS with a CA-signed certificate',
  rationale: 'Without tlsCertFile/tlsPrivateKeyFile or serverTLSBootstrap the kubelet serves a self-signed certificate nobody can verify.',
  severity: 'medium',
  pillar: 'networks',
  function: 'Traffic Encryption',
  stage: 'advanced',
  targetKinds: ['kubernetes'],
  facts: ['k8s.kubelets'],
  cis: ['4.2.9'],
  references: ['CIS Kubernetes Benchmark v1.12 4.2.9'],
  remediation: 'Set serverTLSBootstrap: true (and approve the serving CSRs), or tlsCertFile and tlsPrivateKeyFile, in the kubelet configuration.',
  messages: {
    selfSigned: 'kubelet on {{node}} serves a self-signed certificate (no tlsCertFile/tlsPrivateKeyFile, serverTLSBootstrap off)',
  },
  evaluate({ 'k8s.kubelets': kubelets }, ctx) {
    return forEachKubelet(kubelets, ctx, (setting, node) => {
      const files = setting('tlsCertFile').value && setting('tlsPrivateKeyFile').value;
      return files || setting('serverTLSBootstrap').value === true ? ctx.pass() : ctx.fail('selfSigned', { node });
    });
  },
});
