import { defineCheck } from '../../src/engine/check.js';
import { judgeRoleGrants } from '../../src/kit/k8s/role-checks.js';

export default defineCheck({
  id: 'k8s.rbac.escalation-verbs',
  title: 'Roles do not grant escalate, bind or impersonate',
  rationale: 'escalate and bind let a subject grant itself any permission; impersonate lets it act as any user, group or service account.',
  severity: 'high',
  pillar: 'identity',
  function: 'Access Management',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.roles', 'k8s.clusterroles'],
  cis: ['5.1.8'],
  references: ['CIS Kubernetes Benchmark v1.12 5.1.8', 'NSA/CISA Kubernetes Hardening Guide v1.2: Authentication and authorization', 'NIST SP 800-207 tenet 6', 'CISA ZTMM v2.0 Identity: Access Management'],
  remediation: 'Remove the escalate, bind and impersonate verbs (and verb wildcards) from roles held by people and workloads.',
  messages: { grants: 'grants {{permissions}}' },
  evaluate({ 'k8s.roles': roles, 'k8s.clusterroles': clusterRoles }, ctx) {
    return judgeRoleGrants('k8s.rbac.escalation-verbs', roles, clusterRoles, ctx, [
      { verbs: ['escalate', 'bind'], resources: ['roles', 'clusterroles'], group: 'rbac.authorization.k8s.io' },
      { verbs: ['impersonate'], resources: ['users', 'groups', 'serviceaccounts'], group: '' },
    ], 'grants');
  },
});
