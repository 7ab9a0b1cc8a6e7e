import { defineCheck } from '../../src/engine/check.js';
import { judgeRoleGrants } from '../../src/kit/k8s/role-checks.js';

export default defineCheck({
  id: 'k8s.rbac.create-persistent-volumes',
  title: 'Roles do not grant creating PersistentVolumes',
  rationale: 'A PersistentVolume may be a hostPath: creating one gives a path to the node filesystem that Pod Security does not see.',
  severity: 'medium',
  pillar: 'identity',
  function: 'Access Management',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.roles', 'k8s.clusterroles'],
  cis: ['5.1.9'],
  references: ['CIS Kubernetes Benchmark v1.12 5.1.9', 'NSA/CISA Kubernetes Hardening Guide v1.2: Authentication and authorization', 'CISA ZTMM v2.0 Identity: Access Management'],
  remediation: 'Let workloads request storage through PersistentVolumeClaims and a StorageClass; keep create persistentvolumes for storage administrators.',
  messages: { grants: 'grants {{permissions}}' },
  evaluate({ 'k8s.roles': roles, 'k8s.clusterroles': clusterRoles }, ctx) {
    return judgeRoleGrants('k8s.rbac.create-persistent-volumes', roles, clusterRoles, ctx, [{ verbs: ['create'], resources: ['persistentvolumes'], group: '' }], 'grants');
  },
});
