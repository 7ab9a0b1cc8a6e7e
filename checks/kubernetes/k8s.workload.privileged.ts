import { defineCheck } from '../../src/engine/check.js';
import { containerFinding, judgeTemplates } from '../../src/kit/k8s/judge.js';
import { isPrivileged } from '../../src/kit/k8s/security-context.js';

export default defineCheck({
  id: 'k8s.workload.privileged',
  title: 'Containers do not run privileged',
  rationale: 'A privileged container has every capability and every host device: escaping to the node is one mount away.',
  severity: 'critical',
  pillar: 'applications_workloads',
  function: 'Application Threat Protections',
  stage: 'traditional',
  targetKinds: ['kubernetes'],
  facts: ['k8s.pods', 'k8s.workloads'],
  cis: ['5.2.2'],
  references: ['CIS Kubernetes Benchmark v1.12 5.2.2', 'NSA/CISA Kubernetes Hardening Guide v1.2: Kubernetes Pod security', 'NIST SP 800-190 4.4.3', 'CISA ZTMM v2.0 Applications and Workloads: Application Threat Protections'],
  remediation: 'Remove securityContext.privileged: true; add only the capability the container needs, and enforce the baseline Pod Security level.',
  messages: { privileged: 'privileged containers: {{containers}}' },
  evaluate({ 'k8s.pods': pods, 'k8s.workloads': workloads }, ctx) {
    return judgeTemplates('k8s.workload.privileged', pods, workloads, ctx, (t) =>
      containerFinding(t, 'privileged', (e) => (isPrivileged(e.container) ? 'securityContext.privileged: true' : undefined)));
  },
});
