import { defineCheck } from '../../src/engine/check.js';
import { containerFinding, judgeTemplates } from '../../src/kit/k8s/judge.js';
import { containerSc } from '../../src/kit/k8s/security-context.js';

export default defineCheck({
  id: 'k8s.workload.proc-mount',
  title: 'Containers keep the default masked /proc',
  rationale: 'procMount: Unmasked exposes kernel interfaces under /proc that the runtime hides to block information leaks and escapes.',
  severity: 'high',
  pillar: 'applications_workloads',
  function: 'Application Threat Protections',
  stage: 'traditional',
  targetKinds: ['kubernetes'],
  facts: ['k8s.pods', 'k8s.workloads'],
  references: ['NSA/CISA Kubernetes Hardening Guide v1.2: Kubernetes Pod security', 'NIST SP 800-190 4.4.3', 'CISA ZTMM v2.0 Applications and Workloads: Application Threat Protections'],
  remediation: 'Remove securityContext.procMount or set it to Default.',
  messages: { unmasked: 'unmasked /proc in: {{containers}}' },
  evaluate({ 'k8s.pods': pods, 'k8s.workloads': workloads }, ctx) {
    return judgeTemplates('k8s.workload.proc-mount', pods, workloads, ctx, (t) =>
      containerFinding(t, 'unmasked', (e) => {
        const v = containerSc(e.container).procMount;
        return v === undefined || v === 'Default' ? undefined : `procMount: ${String(v)}`;
      }));
  },
});
