import { defineCheck } from '../../src/engine/check.js';
import '../../src/kit/k8s/controlplane-types.js';
import { forEachKubelet, showSetting } from '../../src/kit/k8s/kubelet-rules.js';

export default defineCheck({
  id: 'k8s.kubelet.pod-pids-limit',
  title: 'Kubelets limit the number of processes per pod',
  rationale: 'Without a PID limit one pod can fork-bomb its node (default -1: unlimited).',
  severity: 'low',
  pillar: 'applications_workloads',
  function: 'Application Threat Protections',
  stage: 'advanced',
  targetKinds: ['kubernetes'],
  facts: ['k8s.kubelets'],
  cis: ['4.2.13'],
  references: ['CIS Kubernetes Benchmark v1.12 4.2.13'],
  remediation: 'Set podPidsLimit (e.g. 4096) in the kubelet configuration.',
  messages: {
    unlimited: 'kubelet on {{node}} sets no pod PID limit (podPidsLimit={{value}})',
  },
  evaluate({ 'k8s.kubelets': kubelets }, ctx) {
    return forEachKubelet(kubelets, ctx, (setting, node) => {
      const s = setting('podPidsLimit');
      return Number(s.value) > 0 ? ctx.pass() : ctx.fail('unlimited', { node, value: showSetting(s) });
    });
  },
});
