import { defineCheck } from '../../src/engine/check.js';
import { judgeBindings } from '../../src/kit/k8s/binding-checks.js';

export default defineCheck({
  id: 'k8s.rbac.authenticated-group-bindings',
  title: 'Nothing beyond discovery is granted to every authenticated identity',
  rationale: 'system:authenticated holds every user and every service account token of every pod; on managed clusters it can include any account of the cloud provider.',
  severity: 'high',
  pillar: 'identity',
  function: 'Access Management',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.rolebindings', 'k8s.clusterrolebindings'],
  references: ['NSA/CISA Kubernetes Hardening Guide v1.2: Authentication and authorization', 'NIST SP 800-207 tenet 3', 'CISA ZTMM v2.0 Identity: Access Management'],
  remediation: 'Bind the role to the groups or service accounts that need it instead of system:authenticated or system:serviceaccounts.',
  messages: { bound: 'binds {{role}} to {{subjects}}' },
  evaluate({ 'k8s.rolebindings': rb, 'k8s.clusterrolebindings': crb }, ctx) {
    return judgeBindings('k8s.rbac.authenticated-group-bindings', rb, crb, ctx,
      (s) => s.kind === 'Group' && (s.name === 'system:authenticated' || s.name === 'system:serviceaccounts'), 'bound');
  },
});
