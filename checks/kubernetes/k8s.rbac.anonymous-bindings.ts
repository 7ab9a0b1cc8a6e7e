import { defineCheck } from '../../src/engine/check.js';
import { judgeBindings } from '../../src/kit/k8s/binding-checks.js';

export default defineCheck({
  id: 'k8s.rbac.anonymous-bindings',
  title: 'Nothing is granted to anonymous or unauthenticated requests',
  rationale: 'Zero trust authenticates every request; a binding to system:anonymous or system:unauthenticated grants access to anyone who can reach the API server.',
  severity: 'critical',
  pillar: 'identity',
  function: 'Authentication',
  stage: 'traditional',
  targetKinds: ['kubernetes'],
  facts: ['k8s.rolebindings', 'k8s.clusterrolebindings'],
  references: ['NSA/CISA Kubernetes Hardening Guide v1.2: Authentication and authorization', 'NIST SP 800-207 tenet 6', 'CISA ZTMM v2.0 Identity: Authentication'],
  remediation: 'Delete the binding, or bind the role to named users, groups or service accounts.',
  messages: { bound: 'binds {{role}} to {{subjects}}' },
  evaluate({ 'k8s.rolebindings': rb, 'k8s.clusterrolebindings': crb }, ctx) {
    return judgeBindings('k8s.rbac.anonymous-bindings', rb, crb, ctx,
      (s) => (s.kind === 'User' && s.name === 'system:anonymous') || (s.kind === 'Group' && s.name === 'system:unauthenticated'), 'bound');
  },
});
