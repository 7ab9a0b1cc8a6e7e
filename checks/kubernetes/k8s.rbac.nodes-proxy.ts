import { defineCheck } from '../../src/engine/check.js';
import { judgeRoleGrants } from '../../src/kit/k8s/role-checks.js';

export default defineCheck({
  id: 'k8s.rbac.nodes-proxy',
  title: 'Roles do not grant the nodes/proxy subresource',
  rationale: 'nodes/proxy reaches the kubelet API directly: exec into any pod on the node, bypassing admission and audit of pods/exec.',
  severity: 'high',
  pillar: 'identity',
  function: 'Access Management',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.roles', 'k8s.clusterroles'],
  cis: ['5.1.10'],
  references: ['CIS Kubernetes Benchmark v1.12 5.1.10', 'NSA/CISA Kubernetes Hardening Guide v1.2: Authentication and authorization', 'NIST SP 800-207 tenet 6', 'CISA ZTMM v2.0 Identity: Access Management'],
  remediation: 'Remove access to nodes/proxy; monitoring agents can read kubelet metrics through nodes/metrics instead.',
  messages: { grants: 'grants {{permissions}}' },
  evaluate({ 'k8s.roles': roles, 'k8s.clusterroles': clusterRoles }, ctx) {
    return judgeRoleGrants('k8s.rbac.nodes-proxy', roles, clusterRoles, ctx, [{ verbs: ['get', 'create', 'update', 'patch'], resources: ['nodes/proxy'], group: '' }], 'grants');
  },
});
