import { defineCheck } from '../../src/engine/check.js';
import { judgeRoleGrants } from '../../src/kit/k8s/role-checks.js';

export default defineCheck({
  id: 'k8s.rbac.pod-exec',
  title: 'Roles do not grant exec or attach into pods',
  rationale: 'pods/exec and pods/attach give a shell with the pod identity, its tokens and its network position.',
  severity: 'high',
  pillar: 'identity',
  function: 'Access Management',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.roles', 'k8s.clusterroles'],
  references: ['NSA/CISA Kubernetes Hardening Guide v1.2: Authentication and authorization', 'NIST SP 800-190 4.3.1', 'NIST SP 800-207 tenet 6', 'CISA ZTMM v2.0 Identity: Access Management'],
  remediation: 'Remove create/get on pods/exec and pods/attach; grant them just in time for debugging and audit their use.',
  messages: { grants: 'grants {{permissions}}' },
  evaluate({ 'k8s.roles': roles, 'k8s.clusterroles': clusterRoles }, ctx) {
    // exec is authorised as "create" (and "get" for older clients using GET upgrades)
    return judgeRoleGrants('k8s.rbac.pod-exec', roles, clusterRoles, ctx, [{ verbs: ['create', 'get'], resources: ['pods/exec', 'pods/attach'], group: '' }], 'grants');
  },
});
