import { defineCheck } from '../../src/engine/check.js';
import { containerFinding, judgeTemplates } from '../../src/kit/k8s/judge.js';
import { droppedCapabilities, isWindowsPod } from '../../src/kit/k8s/security-context.js';

// Windows pods are exempt, as in the Pod Security Standards.
export default defineCheck({
  id: 'k8s.workload.drop-all-capabilities',
  title: 'Containers drop ALL capabilities',
  rationale: 'Runtimes grant a default set (NET_RAW, CHOWN, SETUID...) that most services never use; dropping ALL removes it.',
  severity: 'medium',
  pillar: 'applications_workloads',
  function: 'Application Threat Protections',
  stage: 'advanced',
  targetKinds: ['kubernetes'],
  facts: ['k8s.pods', 'k8s.workloads'],
  cis: ['5.2.9'],
  references: ['CIS Kubernetes Benchmark v1.12 5.2.9', 'NSA/CISA Kubernetes Hardening Guide v1.2: Kubernetes Pod security', 'NIST SP 800-190 4.4.3', 'CISA ZTMM v2.0 Applications and Workloads: Application Threat Protections'],
  remediation: 'Set securityContext.capabilities.drop: [ALL] and add back only NET_BIND_SERVICE where the container binds a port below 1024.',
  messages: { kept: 'ALL not dropped in: {{containers}}' },
  evaluate({ 'k8s.pods': pods, 'k8s.workloads': workloads }, ctx) {
    return judgeTemplates('k8s.workload.drop-all-capabilities', pods, workloads, ctx, (t) =>
      isWindowsPod(t.spec) ? undefined : containerFinding(t, 'kept', (e) => (droppedCapabilities(e.container).includes('ALL') ? undefined : 'capabilities.drop lacks ALL'), ['container', 'initContainer']));
  },
});
