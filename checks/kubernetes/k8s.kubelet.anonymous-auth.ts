import { defineCheck } from '../../src/engine/check.js';
import '../../src/kit/k8s/controlplane-types.js';
import { forEachKubelet, showSetting } from '../../src/kit/k8s/kubelet-rules.js';

export default defineCheck({
  id: 'k8s.kubelet.anonymous-auth',
  title: 'Kubelets reject anonymous requests',
  rationale: 'An anonymous caller that reaches port 10250 can list pods and, with a permissive authorizer, exec into them. The command-line default is true.',
  severity: 'high',
  pillar: 'identity',
  function: 'Authentication',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.kubelets'],
  cis: ['4.2.1'],
  references: ['CIS Kubernetes Benchmark v1.12 4.2.1'],
  remediation: 'Set authentication.anonymous.enabled: false in the kubelet configuration file (or --anonymous-auth=false) and restart the kubelet.',
  messages: {
    enabled: 'kubelet on {{node}} accepts anonymous requests (authentication.anonymous.enabled={{value}})',
  },
  evaluate({ 'k8s.kubelets': kubelets }, ctx) {
    return forEachKubelet(kubelets, ctx, (setting, node) => {
      const s = setting('authentication.anonymous.enabled');
      return s.value === false ? ctx.pass() : ctx.fail('enabled', { node, value: showSetting(s) });
    });
  },
});
