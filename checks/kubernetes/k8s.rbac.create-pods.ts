import { defineCheck } from '../../src/engine/check.js';
import { judgeRoleGrants } from '../../src/kit/k8s/role-checks.js';

export default defineCheck({
  id: 'k8s.rbac.create-pods',
  title: 'Roles do not grant creating pods or pod controllers',
  rationale: 'Whoever can create a pod can run it as any service account of the namespace and mount any of its Secrets.',
  severity: 'medium',
  pillar: 'identity',
  function: 'Access Management',
  stage: 'advanced',
  targetKinds: ['kubernetes'],
  facts: ['k8s.roles', 'k8s.clusterroles'],
  cis: ['5.1.4'],
  references: ['CIS Kubernetes Benchmark v1.12 5.1.4', 'NSA/CISA Kubernetes Hardening Guide v1.2: Authentication and authorization', 'NIST SP 800-207 tenet 6', 'CISA ZTMM v2.0 Identity: Access Management'],
  remediation: 'Give pod creation to the CI/CD identity or GitOps controller only; people get read access and deploy through the pipeline.',
  messages: { grants: 'grants {{permissions}}' },
  evaluate({ 'k8s.roles': roles, 'k8s.clusterroles': clusterRoles }, ctx) {
    return judgeRoleGrants('k8s.rbac.create-pods', roles, clusterRoles, ctx, [
      { verbs: ['create'], resources: ['pods'], group: '' },
      { verbs: ['create'], resources: ['deployments', 'daemonsets', 'statefulsets', 'replicasets'], group: 'apps' },
      { verbs: ['create'], resources: ['jobs', 'cronjobs'], group: 'batch' },
    ], 'grants');
  },
});
