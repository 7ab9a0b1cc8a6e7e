import { defineCheck } from '../../src/engine/check.js';
import { judgeBindings } from '../../src/kit/k8s/binding-checks.js';

export default defineCheck({
  id: 'k8s.identity.default-sa-bindings',
  title: 'Default service accounts hold no role bindings',
  rationale: 'Every pod that names no service account runs as "default"; permissions bound to it reach all of them.',
  severity: 'medium',
  pillar: 'identity',
  function: 'Identity Stores',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.rolebindings', 'k8s.clusterrolebindings'],
  cis: ['5.1.5'],
  references: ['CIS Kubernetes Benchmark v1.12 5.1.5', 'NSA/CISA Kubernetes Hardening Guide v1.2: Authentication and authorization', 'NIST SP 800-207 tenet 6', 'CISA ZTMM v2.0 Identity: Identity Stores'],
  remediation: 'Create a dedicated service account for the workload, bind the role to it, and remove the subject "default" from the binding.',
  messages: { bound: 'binds {{role}} to {{subjects}}' },
  evaluate({ 'k8s.rolebindings': rb, 'k8s.clusterrolebindings': crb }, ctx) {
    return judgeBindings('k8s.identity.default-sa-bindings', rb, crb, ctx, (s) => s.kind === 'ServiceAccount' && s.name === 'default', 'bound');
  },
});
