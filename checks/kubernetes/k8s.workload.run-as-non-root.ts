import { defineCheck } from '../../src/engine/check.js';
import { containerFinding, judgeTemplates } from '../../src/kit/k8s/judge.js';
import { effectiveRunAsNonRoot, effectiveRunAsUser } from '../../src/kit/k8s/security-context.js';

export default defineCheck({
  id: 'k8s.workload.run-as-non-root',
  title: 'Containers run as a non-root user',
  rationale: 'Root in a container is root on the node after any escape, and owns every file the image ships.',
  severity: 'medium',
  pillar: 'applications_workloads',
  function: 'Application Threat Protections',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.pods', 'k8s.workloads'],
  cis: ['5.2.7'],
  references: ['CIS Kubernetes Benchmark v1.12 5.2.7', 'NSA/CISA Kubernetes Hardening Guide v1.2: Non-root containers', 'NIST SP 800-190 4.4.3', 'CISA ZTMM v2.0 Applications and Workloads: Application Threat Protections'],
  remediation: 'Set securityContext.runAsNonRoot: true (pod or container) and a non-zero runAsUser, and build the image with a non-root USER.',
  messages: { root: 'may run as root: {{containers}}' },
  evaluate({ 'k8s.pods': pods, 'k8s.workloads': workloads }, ctx) {
    return judgeTemplates('k8s.workload.run-as-non-root', pods, workloads, ctx, (t) =>
      containerFinding(t, 'root', (e) => {
        const uid = effectiveRunAsUser(e.container, t.spec);
        if (uid === 0) return 'runAsUser: 0';
        if (effectiveRunAsNonRoot(e.container, t.spec) === true || (uid !== undefined && uid > 0)) return undefined;
        return 'neither runAsNonRoot: true nor a non-zero runAsUser';
      }));
  },
});
