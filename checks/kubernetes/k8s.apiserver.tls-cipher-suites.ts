import { defineCheck } from '../../src/engine/check.js';
import '../../src/kit/k8s/controlplane-types.js';
import { APISERVER_STRONG_CIPHERS, weakCiphers } from '../../src/kit/k8s/kubelet-rules.js';

export default defineCheck({
  id: 'k8s.apiserver.tls-cipher-suites',
  title: 'API server offers only strong TLS cipher suites',
  rationale: 'Without --tls-cipher-suites the API server accepts Go\'s default list, which still includes CBC-mode and non-ECDHE suites.',
  severity: 'medium',
  pillar: 'networks',
  function: 'Traffic Encryption',
  stage: 'advanced',
  targetKinds: ['kubernetes'],
  facts: ['k8s.apiserver'],
  cis: ['1.2.29'],
  references: ['CIS Kubernetes Benchmark v1.12 1.2.29', 'NIST SP 800-52r2 3.3.1'],
  remediation:
    'Set --tls-cipher-suites=TLS_AES_128_GCM_SHA256,TLS_AES_256_GCM_SHA384,TLS_CHACHA20_POLY1305_SHA256,TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305.',
  messages: {
    unset: '--tls-cipher-suites is not set: Go defaults include CBC-mode suites',
    weak: '--tls-cipher-suites allows weak suites: {{weak}}',
  },
  evaluate({ 'k8s.apiserver': apiserver }, ctx) {
    const { unset, weak } = weakCiphers(apiserver.flags['tls-cipher-suites'], APISERVER_STRONG_CIPHERS);
    if (unset) return ctx.fail('unset');
    return weak.length ? ctx.fail('weak', { weak: weak.join(', ') }) : ctx.pass();
  },
});
