import { defineCheck } from '../../src/engine/check.js';
import { judgeTemplates } from '../../src/kit/k8s/judge.js';

export default defineCheck({
  id: 'k8s.workload.default-namespace',
  title: 'Workloads do not run in the default namespace',
  rationale: 'Namespaces are the boundary for RBAC, network and Pod Security policy; workloads lumped into "default" share all of them.',
  severity: 'low',
  pillar: 'applications_workloads',
  function: 'Application Access',
  stage: 'traditional',
  targetKinds: ['kubernetes'],
  facts: ['k8s.pods', 'k8s.workloads'],
  cis: ['5.6.4'],
  references: ['CIS Kubernetes Benchmark v1.12 5.6.4', 'CIS Kubernetes Benchmark v1.12 5.6.1', 'NSA/CISA Kubernetes Hardening Guide v1.2: Namespaces', 'CISA ZTMM v2.0 Applications and Workloads: Application Access'],
  remediation: 'Move the workload to a namespace of its own, with its own RBAC, NetworkPolicies and Pod Security labels.',
  messages: { default: 'runs in the default namespace' },
  evaluate({ 'k8s.pods': pods, 'k8s.workloads': workloads }, ctx) {
    // Only an explicit "default": a manifest without a namespace lands wherever it is applied.
    return judgeTemplates('k8s.workload.default-namespace', pods, workloads, ctx, (t) =>
      t.ref.namespace === 'default' ? { messageId: 'default', evidence: 'metadata.namespace: default' } : undefined);
  },
});
