import { defineCheck } from '../../src/engine/check.js';
import '../../src/kit/k8s/controlplane-types.js';

/** kube-proxy's own default when neither the flag nor the configuration sets it */
const DEFAULT_METRICS = '127.0.0.1:10249';
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** "127.0.0.1:10249" -> "127.0.0.1"; "[::1]:10249" -> "::1"; a bare host stays as it is. */
function hostOf(address: string): string {
  const v6 = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (v6) return v6[1]!;
  const i = address.lastIndexOf(':');
  return i > 0 && address.indexOf(':') === i ? address.slice(0, i) : address;
}

export default defineCheck({
  id: 'k8s.kube-proxy.metrics-bind-address',
  title: 'kube-proxy serves metrics on localhost only',
  rationale: 'The metrics endpoint has no authentication; bound to all interfaces it tells anyone on the network about the node\'s services and endpoints.',
  severity: 'medium',
  pillar: 'networks',
  function: 'Network Segmentation',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.kube-proxy'],
  cis: ['4.3.1'],
  references: ['CIS Kubernetes Benchmark v1.12 4.3.1'],
  remediation: 'Set metricsBindAddress: 127.0.0.1:10249 in the kube-proxy configuration (kubeadm: ConfigMap kube-system/kube-proxy, key config.conf) or --metrics-bind-address=127.0.0.1:10249, then restart the kube-proxy pods.',
  messages: {
    exposed: 'kube-proxy metrics bound to {{address}} ({{from}})',
  },
  evaluate({ 'k8s.kube-proxy': proxy }, ctx) {
    const opts = { resource: { kind: 'DaemonSet', namespace: proxy.daemonSet.namespace, name: proxy.daemonSet.name }, ...(proxy.location ? { location: proxy.location } : {}) };
    let address: string;
    let from: string;
    if (proxy.flags['metrics-bind-address'] !== undefined) {
      address = proxy.flags['metrics-bind-address'];
      from = '--metrics-bind-address';
    } else if (proxy.flags.config !== undefined) {
      if (!proxy.config) return ctx.error(`kube-proxy configuration ${proxy.flags.config} could not be read from ConfigMap kube-system/kube-proxy`, opts);
      const v = proxy.config.metricsBindAddress;
      address = typeof v === 'string' && v !== '' ? v : DEFAULT_METRICS;
      from = typeof v === 'string' && v !== '' ? `metricsBindAddress in ${proxy.configSource ?? 'config'}` : 'default';
    } else {
      address = DEFAULT_METRICS;
      from = 'default';
    }
    return LOCAL_HOSTS.has(hostOf(address)) ? ctx.pass(undefined, undefined, opts) : ctx.fail('exposed', { address, from }, opts);
  },
});
