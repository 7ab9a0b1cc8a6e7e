import { defineCheck } from '../../src/engine/check.js';
import { containerFinding, judgeTemplates } from '../../src/kit/k8s/judge.js';
import { containerSc, isWindowsPod } from '../../src/kit/k8s/security-context.js';

// Windows pods are exempt: the API server forbids readOnlyRootFilesystem when spec.os.name is
// windows and Windows containers ignore it, so the remediation cannot be applied there.

export default defineCheck({
  id: 'k8s.workload.read-only-root-fs',
  title: 'Containers have a read-only root filesystem',
  rationale: 'A writable root filesystem lets an intruder drop tools and persist changes inside the container.',
  severity: 'low',
  pillar: 'applications_workloads',
  function: 'Application Threat Protections',
  stage: 'advanced',
  targetKinds: ['kubernetes'],
  facts: ['k8s.pods', 'k8s.workloads'],
  cis: ['5.6.3'],
  references: ['CIS Kubernetes Benchmark v1.12 5.6.3', 'NSA/CISA Kubernetes Hardening Guide v1.2: Immutable container file systems', 'NIST SP 800-190 4.4.3', 'CISA ZTMM v2.0 Applications and Workloads: Application Threat Protections'],
  remediation: 'Set securityContext.readOnlyRootFilesystem: true and mount emptyDir volumes where the application writes.',
  messages: { writable: 'writable root filesystem: {{containers}}' },
  evaluate({ 'k8s.pods': pods, 'k8s.workloads': workloads }, ctx) {
    return judgeTemplates('k8s.workload.read-only-root-fs', pods, workloads, ctx, (t) =>
      isWindowsPod(t.spec) ? undefined : containerFinding(t, 'writable', (e) => (containerSc(e.container).readOnlyRootFilesystem === true ? undefined : 'readOnlyRootFilesystem not true'), ['container', 'initContainer']));
  },
});
