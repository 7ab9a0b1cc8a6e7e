import { defineCheck } from '../../src/engine/check.js';
import { judgeTemplates } from '../../src/kit/k8s/judge.js';
import { serviceAccountOf } from '../../src/kit/k8s/pod-specs.js';

export default defineCheck({
  id: 'k8s.identity.default-sa-used',
  title: 'Workloads run as their own service account',
  rationale: 'A workload identity per service gives each one its own least-privilege permissions and an audit trail that names it.',
  severity: 'low',
  pillar: 'identity',
  function: 'Identity Stores',
  stage: 'advanced',
  targetKinds: ['kubernetes'],
  facts: ['k8s.pods', 'k8s.workloads'],
  cis: ['5.1.5'],
  references: ['CIS Kubernetes Benchmark v1.12 5.1.5', 'NIST SP 800-207 tenet 6', 'CISA ZTMM v2.0 Identity: Identity Stores'],
  remediation: 'Create a ServiceAccount for the workload and set spec.serviceAccountName in its pod template.',
  messages: { default: 'runs as the namespace default service account' },
  evaluate({ 'k8s.pods': pods, 'k8s.workloads': workloads }, ctx) {
    return judgeTemplates('k8s.identity.default-sa-used', pods, workloads, ctx, (t) =>
      serviceAccountOf(t.spec) === 'default' ? { messageId: 'default', evidence: 'serviceAccountName unset or "default"' } : undefined);
  },
});
