import { expect, it } from 'vitest';
import check from '../../../checks/kubernetes/k8s.apiserver.tls-cipher-suites.js';
import { checkTester } from '../../helpers/check-tester.js';

const apiserver = (flags: Record<string, string>) => ({ 'k8s.apiserver': { component: 'apiserver', flags, instances: [] } });

it('maps CIS 1.2.29', () => expect(check.meta.cis).toEqual(['1.2.29']));

checkTester.run(check, {
  pass: [
    apiserver({ 'tls-cipher-suites': 'TLS_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305' }),
  ],
  fail: [
    { facts: apiserver({}), messageId: 'unset' },
    { facts: apiserver({ 'tls-cipher-suites': '' }), messageId: 'unset' },
    { facts: apiserver({ 'tls-cipher-suites': 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_RSA_WITH_AES_128_CBC_SHA' }), messageId: 'weak' },
  ],
  notApplicable: [{ 'k8s.apiserver': { ok: false, notApplicable: true, reason: 'managed control plane: no static control-plane pods visible' } }],
  error: [{ 'k8s.apiserver': { ok: false, reason: 'forbidden: list pods' } }],
});
