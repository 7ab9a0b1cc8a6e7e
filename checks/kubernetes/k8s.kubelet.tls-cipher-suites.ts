import { defineCheck } from '../../src/engine/check.js';
import '../../src/kit/k8s/controlplane-types.js';
import { KUBELET_STRONG_CIPHERS, forEachKubelet, weakCiphers } from '../../src/kit/k8s/kubelet-rules.js';

export default defineCheck({
  id: 'k8s.kubelet.tls-cipher-suites',
  title: 'Kubelets offer only strong TLS cipher suites',
  rationale: 'An empty tlsCipherSuites list means Go’s defaults, which still include CBC-mode suites.',
  severity: 'medium',
  pillar: 'networks',
  function: 'Traffic Encryption',
  stage: 'advanced',
  targetKinds: ['kubernetes'],
  facts: ['k8s.kubelets'],
  cis: ['4.2.12'],
  references: ['CIS Kubernetes Benchmark v1.12 4.2.12'],
  remediation: 'Set tlsCipherSuites to TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305, TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384.',
  messages: {
    unset: 'kubelet on {{node}} sets no tlsCipherSuites: Go defaults include CBC-mode suites',
    weak: 'kubelet on {{node}} allows weak cipher suites: {{weak}}',
  },
  evaluate({ 'k8s.kubelets': kubelets }, ctx) {
    return forEachKubelet(kubelets, ctx, (setting, node) => {
      const { unset, weak } = weakCiphers(setting('tlsCipherSuites').value, KUBELET_STRONG_CIPHERS);
      if (unset) return ctx.fail('unset', { node });
      return weak.length ? ctx.fail('weak', { node, weak: weak.join(', ') }) : ctx.pass();
    });
  },
});
