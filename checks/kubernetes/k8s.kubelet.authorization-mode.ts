import { defineCheck } from '../../src/engine/check.js';
import '../../src/kit/k8s/controlplane-types.js';
import { forEachKubelet, showSetting } from '../../src/kit/k8s/kubelet-rules.js';

export default defineCheck({
  id: 'k8s.kubelet.authorization-mode',
  title: 'Kubelets authorize requests through the API server (Webhook)',
  rationale: 'With AlwaysAllow (the command-line default) any authenticated caller may exec into every pod of the node.',
  severity: 'critical',
  pillar: 'identity',
  function: 'Authorization',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.kubelets'],
  cis: ['4.2.2'],
  references: ['CIS Kubernetes Benchmark v1.12 4.2.2'],
  remediation: 'Set authorization.mode: Webhook and authentication.webhook.enabled: true in the kubelet configuration.',
  messages: {
    allowAll: 'kubelet on {{node}} authorizes every request (authorization.mode={{value}})',
  },
  evaluate({ 'k8s.kubelets': kubelets }, ctx) {
    return forEachKubelet(kubelets, ctx, (setting, node) => {
      const s = setting('authorization.mode');
      return s.value === 'AlwaysAllow' ? ctx.fail('allowAll', { node, value: showSetting(s) }) : ctx.pass();
    });
  },
});
