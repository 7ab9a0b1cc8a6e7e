import { defineCheck } from '../../src/engine/check.js';
import { judgeRoleGrants } from '../../src/kit/k8s/role-checks.js';

export default defineCheck({
  id: 'k8s.rbac.webhook-config',
  title: 'Roles do not grant changing admission webhooks',
  rationale: 'Whoever edits admission webhooks can switch off policy enforcement or read every object sent for admission.',
  severity: 'high',
  pillar: 'identity',
  function: 'Access Management',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.roles', 'k8s.clusterroles'],
  cis: ['5.1.12'],
  references: ['CIS Kubernetes Benchmark v1.12 5.1.12', 'NSA/CISA Kubernetes Hardening Guide v1.2: Authentication and authorization', 'CISA ZTMM v2.0 Identity: Access Management'],
  remediation: 'Remove create/update/patch/delete on validating and mutating webhook configurations from everyone but the cluster operators.',
  messages: { grants: 'grants {{permissions}}' },
  evaluate({ 'k8s.roles': roles, 'k8s.clusterroles': clusterRoles }, ctx) {
    return judgeRoleGrants('k8s.rbac.webhook-config', roles, clusterRoles, ctx, [
      { verbs: ['create', 'update', 'patch', 'delete'], resources: ['validatingwebhookconfigurations', 'mutatingwebhookconfigurations'], group: 'admissionregistration.k8s.io' },
    ], 'grants');
  },
});
