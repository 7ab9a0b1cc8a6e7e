import { defineCheck } from '../../src/engine/check.js';
import { judgeRoleGrants } from '../../src/kit/k8s/role-checks.js';

export default defineCheck({
  id: 'k8s.rbac.csr-approval',
  title: 'Roles do not grant approving certificate signing requests',
  rationale: 'Approving a CSR mints a client certificate for any user or group, system:masters included.',
  severity: 'high',
  pillar: 'identity',
  function: 'Access Management',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.roles', 'k8s.clusterroles'],
  cis: ['5.1.11'],
  references: ['CIS Kubernetes Benchmark v1.12 5.1.11', 'NSA/CISA Kubernetes Hardening Guide v1.2: Authentication and authorization', 'NIST SP 800-207 tenet 6', 'CISA ZTMM v2.0 Identity: Access Management'],
  remediation: 'Remove update/patch on certificatesigningrequests/approval; leave approval to the controller manager and a reviewed approver.',
  messages: { grants: 'grants {{permissions}}' },
  evaluate({ 'k8s.roles': roles, 'k8s.clusterroles': clusterRoles }, ctx) {
    return judgeRoleGrants('k8s.rbac.csr-approval', roles, clusterRoles, ctx, [{ verbs: ['update', 'patch'], resources: ['certificatesigningrequests/approval'], group: 'certificates.k8s.io' }], 'grants');
  },
});
