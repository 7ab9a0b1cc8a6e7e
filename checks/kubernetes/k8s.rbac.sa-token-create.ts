import { defineCheck } from '../../src/engine/check.js';
import { judgeRoleGrants } from '../../src/kit/k8s/role-checks.js';

export default defineCheck({
  id: 'k8s.rbac.sa-token-create',
  title: 'Roles do not grant minting service account tokens',
  rationale: 'create serviceaccounts/token issues a token for any service account in scope, with all of its permissions.',
  severity: 'high',
  pillar: 'identity',
  function: 'Access Management',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.roles', 'k8s.clusterroles'],
  cis: ['5.1.13'],
  references: ['CIS Kubernetes Benchmark v1.12 5.1.13', 'NSA/CISA Kubernetes Hardening Guide v1.2: Authentication and authorization', 'NIST SP 800-207 tenet 6', 'CISA ZTMM v2.0 Identity: Access Management'],
  remediation: 'Remove create on serviceaccounts/token; workloads get their own projected tokens from the kubelet.',
  messages: { grants: 'grants {{permissions}}' },
  evaluate({ 'k8s.roles': roles, 'k8s.clusterroles': clusterRoles }, ctx) {
    return judgeRoleGrants('k8s.rbac.sa-token-create', roles, clusterRoles, ctx, [{ verbs: ['create'], resources: ['serviceaccounts/token'], group: '' }], 'grants');
  },
});
