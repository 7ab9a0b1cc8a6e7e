import { defineCheck } from '../../src/engine/check.js';
import '../../src/kit/k8s/controlplane-types.js';
import { forEachKubelet, showSetting } from '../../src/kit/k8s/kubelet-rules.js';

export default defineCheck({
  id: 'k8s.kubelet.protect-kernel-defaults',
  title: 'Kubelets refuse to change kernel defaults',
  rationale: 'With protectKernelDefaults the kubelet fails instead of silently tuning kernel parameters away from the hardened values. (Dropped from CIS v1.7 and later.)',
  severity: 'low',
  pillar: 'devices',
  function: 'Device Threat Protection',
  stage: 'advanced',
  targetKinds: ['kubernetes'],
  facts: ['k8s.kubelets'],
  cis: [],
  references: ['CIS Kubernetes Benchmark v1.6.0 4.2.6'],
  remediation: 'Set protectKernelDefaults: true in the kubelet configuration after setting the kernel parameters it expects (vm.overcommit_memory=1, kernel.panic=10, kernel.panic_on_oops=1).',
  messages: {
    off: 'kubelet on {{node}} may change kernel defaults (protectKernelDefaults={{value}})',
  },
  evaluate({ 'k8s.kubelets': kubelets }, ctx) {
    return forEachKubelet(kubelets, ctx, (setting, node) => {
      const s = setting('protectKernelDefaults');
      return s.value === true ? ctx.pass() : ctx.fail('off', { node, value: showSetting(s) });
    });
  },
});
