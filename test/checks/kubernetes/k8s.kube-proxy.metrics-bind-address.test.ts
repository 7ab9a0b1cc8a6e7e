import { expect, it } from 'vitest';
import check from '../../../checks/kubernetes/k8s.kube-proxy.metrics-bind-address.js';
import { checkTester, runCheck } from '../../helpers/check-tester.js';

const proxy = (flags: Record<string, string>, config?: Record<string, unknown>) => ({
  'k8s.kube-proxy': { daemonSet: { namespace: 'kube-system', name: 'kube-proxy' }, flags, ...(config ? { config, configSource: 'configmap kube-system/kube-proxy' } : {}) },
});
const CONF = { config: '/var/lib/kube-proxy/config.conf' };

it('maps CIS 4.3.1', () => expect(check.meta.cis).toEqual(['4.3.1']));

it('names the DaemonSet and where the address came from', () => {
  const [r] = runCheck(check, proxy(CONF, { metricsBindAddress: '0.0.0.0:10249' }));
  expect(r).toMatchObject({ status: 'fail', resource: { kind: 'DaemonSet', namespace: 'kube-system', name: 'kube-proxy' }, message: 'kube-proxy metrics bound to 0.0.0.0:10249 (metricsBindAddress in configmap kube-system/kube-proxy)' });
});

checkTester.run(check, {
  pass: [
    proxy({}), // default 127.0.0.1:10249
    proxy(CONF, { metricsBindAddress: '127.0.0.1:10249' }),
    proxy(CONF, { metricsBindAddress: '' }),
    proxy({ 'metrics-bind-address': '[::1]:10249' }),
    proxy({ ...CONF, 'metrics-bind-address': '127.0.0.1:10249' }, { metricsBindAddress: '0.0.0.0:10249' }),
  ],
  fail: [
    { facts: proxy(CONF, { metricsBindAddress: '0.0.0.0:10249' }), messageId: 'exposed' },
    { facts: proxy({ 'metrics-bind-address': '0.0.0.0' }), messageId: 'exposed' },
    { facts: proxy(CONF, { metricsBindAddress: '10.0.0.5:10249' }), messageId: 'exposed' },
  ],
  notApplicable: [{ 'k8s.kube-proxy': { ok: false, notApplicable: true, reason: 'kube-proxy not found' } }],
  error: [proxy(CONF), { 'k8s.kube-proxy': { ok: false, reason: 'kube-proxy configuration: forbidden: list configmaps' } }],
});
