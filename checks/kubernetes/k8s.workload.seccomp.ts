import { defineCheck } from '../../src/engine/check.js';
import { containerFinding, judgeTemplates } from '../../src/kit/k8s/judge.js';
import { effectiveSeccomp, isWindowsPod } from '../../src/kit/k8s/security-context.js';

// Windows pods are exempt, as in the Pod Security Standards.
export default defineCheck({
  id: 'k8s.workload.seccomp',
  title: 'Containers run under a seccomp profile',
  rationale: 'Without seccomp (the kubelet default is Unconfined) every syscall reaches the shared kernel, including the rare ones most container escapes use.',
  severity: 'medium',
  pillar: 'applications_workloads',
  function: 'Application Threat Protections',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.pods', 'k8s.workloads'],
  cis: ['5.6.2'],
  references: ['CIS Kubernetes Benchmark v1.12 5.6.2', 'NSA/CISA Kubernetes Hardening Guide v1.2: Kubernetes Pod security', 'NIST SP 800-190 4.4.3', 'CISA ZTMM v2.0 Applications and Workloads: Application Threat Protections'],
  remediation: 'Set spec.securityContext.seccompProfile.type: RuntimeDefault in the pod template (or Localhost with a reviewed profile).',
  messages: { unconfined: 'no seccomp profile in: {{containers}}' },
  evaluate({ 'k8s.pods': pods, 'k8s.workloads': workloads }, ctx) {
    return judgeTemplates('k8s.workload.seccomp', pods, workloads, ctx, (t) =>
      isWindowsPod(t.spec) ? undefined : containerFinding(t, 'unconfined', (e) => {
        const type = effectiveSeccomp(e.container, t.spec);
        return type === 'RuntimeDefault' || type === 'Localhost' ? undefined : `seccompProfile.type: ${type ?? 'unset'}`;
      }));
  },
});
