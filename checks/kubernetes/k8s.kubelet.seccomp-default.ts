import { defineCheck } from '../../src/engine/check.js';
import '../../src/kit/k8s/controlplane-types.js';
import { forEachKubelet, showSetting } from '../../src/kit/k8s/kubelet-rules.js';

export default defineCheck({
  id: 'k8s.kubelet.seccomp-default',
  title: 'Kubelets apply the RuntimeDefault seccomp profile by default',
  rationale: 'Without it, containers that name no seccomp profile run unconfined, with every syscall available.',
  severity: 'medium',
  pillar: 'applications_workloads',
  function: 'Application Threat Protections',
  stage: 'advanced',
  targetKinds: ['kubernetes'],
  facts: ['k8s.kubelets'],
  cis: ['4.2.14'],
  references: ['CIS Kubernetes Benchmark v1.12 4.2.14'],
  remediation: 'Set seccompDefault: true in the kubelet configuration.',
  messages: {
    off: 'kubelet on {{node}} runs containers without a seccomp profile by default (seccompDefault={{value}})',
  },
  evaluate({ 'k8s.kubelets': kubelets }, ctx) {
    return forEachKubelet(kubelets, ctx, (setting, node) => {
      const s = setting('seccompDefault');
      return s.value === true ? ctx.pass() : ctx.fail('off', { node, value: showSetting(s) });
    });
  },
});
