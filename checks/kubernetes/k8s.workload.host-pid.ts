import { defineCheck } from '../../src/engine/check.js';
import { judgeTemplates } from '../../src/kit/k8s/judge.js';

export default defineCheck({
  id: 'k8s.workload.host-pid',
  title: 'Pods do not share the host process ID namespace',
  rationale: 'Sharing the host process ID namespace lets a container see and signal every process on the node, read their environment and /proc.',
  severity: 'critical',
  pillar: 'applications_workloads',
  function: 'Application Threat Protections',
  stage: 'traditional',
  targetKinds: ['kubernetes'],
  facts: ['k8s.pods', 'k8s.workloads'],
  cis: ['5.2.3'],
  references: ['CIS Kubernetes Benchmark v1.12 5.2.3', 'NSA/CISA Kubernetes Hardening Guide v1.2: Kubernetes Pod security', 'NIST SP 800-190 4.4.3', 'CISA ZTMM v2.0 Applications and Workloads: Application Threat Protections'],
  remediation: 'Remove spec.hostPID: true from the pod template; enforce the baseline Pod Security level on the namespace.',
  messages: { shared: 'spec.hostPID is true' },
  evaluate({ 'k8s.pods': pods, 'k8s.workloads': workloads }, ctx) {
    return judgeTemplates('k8s.workload.host-pid', pods, workloads, ctx, (t) =>
      t.spec.hostPID === true ? { messageId: 'shared', evidence: 'spec.hostPID: true' } : undefined);
  },
});
