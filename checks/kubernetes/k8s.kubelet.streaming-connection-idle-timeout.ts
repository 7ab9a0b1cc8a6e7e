import { defineCheck } from '../../src/engine/check.js';
import '../../src/kit/k8s/controlplane-types.js';
import { forEachKubelet, showSetting } from '../../src/kit/k8s/kubelet-rules.js';

/** '0', '0s', '0m0s'... (a Go duration of zero), or the number 0. */
const isZeroDuration = (v: unknown): boolean => (typeof v === 'number' ? v === 0 : typeof v === 'string' && /^(0+(\.0+)?(ns|us|µs|ms|s|m|h)?)+$/.test(v.trim()));

export default defineCheck({
  id: 'k8s.kubelet.streaming-connection-idle-timeout',
  title: 'Kubelet streaming connections time out when idle',
  rationale: 'A timeout of 0 keeps exec/attach/port-forward sessions open forever.',
  severity: 'low',
  pillar: 'networks',
  function: 'Network Segmentation',
  stage: 'advanced',
  targetKinds: ['kubernetes'],
  facts: ['k8s.kubelets'],
  cis: ['4.2.5'],
  references: ['CIS Kubernetes Benchmark v1.12 4.2.5'],
  remediation: 'Set streamingConnectionIdleTimeout to a non-zero duration (e.g. 5m) in the kubelet configuration.',
  messages: {
    never: 'kubelet on {{node}} never closes idle streaming connections (streamingConnectionIdleTimeout={{value}})',
  },
  evaluate({ 'k8s.kubelets': kubelets }, ctx) {
    return forEachKubelet(kubelets, ctx, (setting, node) => {
      const s = setting('streamingConnectionIdleTimeout');
      return isZeroDuration(s.value) ? ctx.fail('never', { node, value: showSetting(s) }) : ctx.pass();
    });
  },
});
