import { defineCheck } from '../../src/engine/check.js';
import { isSystemPrincipal, judgeBindings } from '../../src/kit/k8s/binding-checks.js';

export default defineCheck({
  id: 'k8s.rbac.cluster-admin-binding',
  title: 'cluster-admin is not bound to people or workloads',
  rationale: 'cluster-admin is every permission on every object; a stolen token of a subject that holds it is the whole cluster.',
  severity: 'critical',
  pillar: 'identity',
  function: 'Access Management',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.rolebindings', 'k8s.clusterrolebindings'],
  cis: ['5.1.1'],
  references: ['CIS Kubernetes Benchmark v1.12 5.1.1', 'NSA/CISA Kubernetes Hardening Guide v1.2: Authentication and authorization', 'NIST SP 800-207 tenet 3', 'CISA ZTMM v2.0 Identity: Access Management'],
  remediation: 'Replace the binding with a role that grants what the subject needs (e.g. admin in one namespace via a RoleBinding); keep cluster-admin for break-glass access.',
  messages: { bound: 'binds {{role}} to {{subjects}}' },
  evaluate({ 'k8s.rolebindings': rb, 'k8s.clusterrolebindings': crb }, ctx) {
    return judgeBindings('k8s.rbac.cluster-admin-binding', rb, crb, ctx,
      (s, ref) => ref.kind === 'ClusterRole' && ref.name === 'cluster-admin' && !isSystemPrincipal(s), 'bound');
  },
});
