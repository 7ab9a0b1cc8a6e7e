import { defineCheck } from '../../src/engine/check.js';
import { judgeTemplates } from '../../src/kit/k8s/judge.js';

export default defineCheck({
  id: 'k8s.workload.host-network',
  title: 'Pods do not share the host network namespace',
  rationale: 'Sharing the host network namespace lets a container bind node ports, sniff node traffic and bypass NetworkPolicy.',
  severity: 'high',
  pillar: 'applications_workloads',
  function: 'Application Threat Protections',
  stage: 'traditional',
  targetKinds: ['kubernetes'],
  facts: ['k8s.pods', 'k8s.workloads'],
  cis: ['5.2.5'],
  references: ['CIS Kubernetes Benchmark v1.12 5.2.5', 'NSA/CISA Kubernetes Hardening Guide v1.2: Kubernetes Pod security', 'NIST SP 800-190 4.4.3', 'CISA ZTMM v2.0 Applications and Workloads: Application Threat Protections'],
  remediation: 'Remove spec.hostNetwork: true from the pod template; enforce the baseline Pod Security level on the namespace.',
  messages: { shared: 'spec.hostNetwork is true' },
  evaluate({ 'k8s.pods': pods, 'k8s.workloads': workloads }, ctx) {
    return judgeTemplates('k8s.workload.host-network', pods, workloads, ctx, (t) =>
      t.spec.hostNetwork === true ? { messageId: 'shared', evidence: 'spec.hostNetwork: true' } : undefined);
  },
});
