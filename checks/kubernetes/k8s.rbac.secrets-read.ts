import { defineCheck } from '../../src/engine/check.js';
import { judgeRoleGrants } from '../../src/kit/k8s/role-checks.js';

export default defineCheck({
  id: 'k8s.rbac.secrets-read',
  title: 'Roles do not grant get, list or watch on Secrets',
  rationale: 'Reading Secrets reveals every credential in scope; list and watch return their values too.',
  severity: 'high',
  pillar: 'identity',
  function: 'Access Management',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.roles', 'k8s.clusterroles'],
  cis: ['5.1.2'],
  references: ['CIS Kubernetes Benchmark v1.12 5.1.2', 'NSA/CISA Kubernetes Hardening Guide v1.2: Authentication and authorization', 'NIST SP 800-207 tenet 6', 'CISA ZTMM v2.0 Identity: Access Management'],
  remediation: 'Remove get/list/watch on secrets from the role, or limit it with resourceNames to the Secrets the workload needs.',
  messages: { grants: 'grants {{permissions}}' },
  evaluate({ 'k8s.roles': roles, 'k8s.clusterroles': clusterRoles }, ctx) {
    return judgeRoleGrants('k8s.rbac.secrets-read', roles, clusterRoles, ctx, [{ verbs: ['get', 'list', 'watch'], resources: ['secrets'], group: '' }], 'grants');
  },
});
