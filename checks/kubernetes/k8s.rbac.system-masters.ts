import { defineCheck } from '../../src/engine/check.js';
import { judgeBindings } from '../../src/kit/k8s/binding-checks.js';

export default defineCheck({
  id: 'k8s.rbac.system-masters',
  title: 'No binding names the system:masters group',
  rationale: 'system:masters bypasses RBAC and webhooks entirely and cannot be revoked short of rotating the cluster CA.',
  severity: 'high',
  pillar: 'identity',
  function: 'Access Management',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.rolebindings', 'k8s.clusterrolebindings'],
  cis: ['5.1.7'],
  references: ['CIS Kubernetes Benchmark v1.12 5.1.7', 'NSA/CISA Kubernetes Hardening Guide v1.2: Authentication and authorization', 'NIST SP 800-207 tenet 6', 'CISA ZTMM v2.0 Identity: Access Management'],
  remediation: 'Do not issue credentials in system:masters or bind it; give administrators a revocable group bound to a scoped role.',
  messages: { bound: 'binds {{role}} to {{subjects}}' },
  evaluate({ 'k8s.rolebindings': rb, 'k8s.clusterrolebindings': crb }, ctx) {
    return judgeBindings('k8s.rbac.system-masters', rb, crb, ctx, (s) => s.kind === 'Group' && s.name === 'system:masters', 'bound');
  },
});
