import { defineCheck } from '../../src/engine/check.js';
import { containerFinding, judgeTemplates } from '../../src/kit/k8s/judge.js';
import { containerSc, isWindowsPod } from '../../src/kit/k8s/security-context.js';

// Windows pods are exempt, as in the Pod Security Standards.
export default defineCheck({
  id: 'k8s.workload.privilege-escalation',
  title: 'Containers set allowPrivilegeEscalation: false',
  rationale: 'Unless it is false, setuid binaries and file capabilities can raise a process above the privileges it started with.',
  severity: 'medium',
  pillar: 'applications_workloads',
  function: 'Application Threat Protections',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.pods', 'k8s.workloads'],
  cis: ['5.2.6'],
  references: ['CIS Kubernetes Benchmark v1.12 5.2.6', 'NSA/CISA Kubernetes Hardening Guide v1.2: Kubernetes Pod security', 'NIST SP 800-190 4.4.3', 'CISA ZTMM v2.0 Applications and Workloads: Application Threat Protections'],
  remediation: 'Set securityContext.allowPrivilegeEscalation: false on every container (the restricted Pod Security level requires it).',
  messages: { allowed: 'privilege escalation not disabled in: {{containers}}' },
  evaluate({ 'k8s.pods': pods, 'k8s.workloads': workloads }, ctx) {
    return judgeTemplates('k8s.workload.privilege-escalation', pods, workloads, ctx, (t) =>
      isWindowsPod(t.spec) ? undefined : containerFinding(t, 'allowed', (e) => {
        const v = containerSc(e.container).allowPrivilegeEscalation;
        return v === false ? undefined : `allowPrivilegeEscalation: ${v === true ? 'true' : 'unset'}`;
      }));
  },
});
