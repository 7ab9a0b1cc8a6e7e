import { defineCheck } from '../../src/engine/check.js';
import { judgeObjects } from '../../src/kit/k8s/judge.js';
import { nameOf } from '../../src/kit/k8s/objects.js';

export default defineCheck({
  id: 'k8s.identity.default-sa-automount',
  title: 'Default service accounts do not automount API tokens',
  rationale: 'With automountServiceAccountToken unset on "default", every pod of the namespace carries an API token it rarely needs.',
  severity: 'medium',
  pillar: 'identity',
  function: 'Identity Stores',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.serviceaccounts'],
  cis: ['5.1.5'],
  references: ['CIS Kubernetes Benchmark v1.12 5.1.5', 'NSA/CISA Kubernetes Hardening Guide v1.2: Authentication and authorization', 'CISA ZTMM v2.0 Identity: Identity Stores'],
  remediation: 'Set automountServiceAccountToken: false on the default ServiceAccount of each namespace (kubectl patch serviceaccount default -p \'{"automountServiceAccountToken": false}\').',
  messages: { automount: 'automountServiceAccountToken is {{value}}' },
  evaluate({ 'k8s.serviceaccounts': sas }, ctx) {
    const defaults = sas.filter((sa) => nameOf(sa) === 'default');
    return judgeObjects('k8s.identity.default-sa-automount', defaults, ctx, (sa) =>
      sa.automountServiceAccountToken === false ? undefined : { messageId: 'automount', data: { value: sa.automountServiceAccountToken === true ? 'true' : 'unset (true)' } },
    'no default ServiceAccount objects in the facts');
  },
});
