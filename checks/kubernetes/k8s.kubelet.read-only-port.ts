import { defineCheck } from '../../src/engine/check.js';
import '../../src/kit/k8s/controlplane-types.js';
import { forEachKubelet, showSetting } from '../../src/kit/k8s/kubelet-rules.js';

export default defineCheck({
  id: 'k8s.kubelet.read-only-port',
  title: 'Kubelet read-only port is closed',
  rationale: 'Port 10255 serves pod specs and metrics without any authentication. /configz omits the field when it is 0.',
  severity: 'high',
  pillar: 'networks',
  function: 'Network Segmentation',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.kubelets'],
  cis: ['4.2.4'],
  references: ['CIS Kubernetes Benchmark v1.12 4.2.4'],
  remediation: 'Set readOnlyPort: 0 in the kubelet configuration (or --read-only-port=0).',
  messages: {
    open: 'kubelet on {{node}} serves the unauthenticated read-only port {{value}}',
  },
  evaluate({ 'k8s.kubelets': kubelets }, ctx) {
    return forEachKubelet(kubelets, ctx, (setting, node) => {
      const s = setting('readOnlyPort');
      return Number(s.value) === 0 ? ctx.pass() : ctx.fail('open', { node, value: showSetting(s) });
    });
  },
});
