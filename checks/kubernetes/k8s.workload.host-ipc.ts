import { defineCheck } from '../../src/engine/check.js';
import { judgeTemplates } from '../../src/kit/k8s/judge.js';

export default defineCheck({
  id: 'k8s.workload.host-ipc',
  title: 'Pods do not share the host IPC namespace',
  rationale: 'Sharing the host IPC namespace lets a container read and write shared memory of every process on the node.',
  severity: 'high',
  pillar: 'applications_workloads',
  function: 'Application Threat Protections',
  stage: 'traditional',
  targetKinds: ['kubernetes'],
  facts: ['k8s.pods', 'k8s.workloads'],
  cis: ['5.2.4'],
  references: ['CIS Kubernetes Benchmark v1.12 5.2.4', 'NSA/CISA Kubernetes Hardening Guide v1.2: Kubernetes Pod security', 'NIST SP 800-190 4.4.3', 'CISA ZTMM v2.0 Applications and Workloads: Application Threat Protections'],
  remediation: 'Remove spec.hostIPC: true from the pod template; enforce the baseline Pod Security level on the namespace.',
  messages: { shared: 'spec.hostIPC is true' },
  evaluate({ 'k8s.pods': pods, 'k8s.workloads': workloads }, ctx) {
    return judgeTemplates('k8s.workload.host-ipc', pods, workloads, ctx, (t) =>
      t.spec.hostIPC === true ? { messageId: 'shared', evidence: 'spec.hostIPC: true' } : undefined);
  },
});
