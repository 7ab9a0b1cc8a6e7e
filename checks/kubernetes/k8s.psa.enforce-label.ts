import { defineCheck } from '../../src/engine/check.js';
import { judgeObjects } from '../../src/kit/k8s/judge.js';
import { labelOf } from '../../src/kit/k8s/objects.js';

const ENFORCE = 'pod-security.kubernetes.io/enforce';

export default defineCheck({
  id: 'k8s.psa.enforce-label',
  title: 'Namespaces enforce the baseline or restricted Pod Security level',
  rationale: 'Without an enforce label the built-in Pod Security admission admits privileged pods into the namespace; policy that is not enforced is advice.',
  severity: 'high',
  pillar: 'automation_orchestration',
  function: 'Policy Enforcement',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.namespaces'],
  cis: ['5.2.1'],
  references: ['CIS Kubernetes Benchmark v1.12 5.2.1', 'NSA/CISA Kubernetes Hardening Guide v1.2: Pod security enforcement', 'NIST SP 800-207 tenet 7', 'CISA ZTMM v2.0 Applications and Workloads: Application Threat Protections'],
  remediation: 'Label the namespace: kubectl label namespace NAME pod-security.kubernetes.io/enforce=restricted (or baseline while workloads are fixed).',
  messages: {
    missing: 'no pod-security.kubernetes.io/enforce label',
    privileged: 'enforces the privileged level (no restriction)',
    invalid: 'enforce label has an unknown level "{{level}}"',
  },
  evaluate({ 'k8s.namespaces': namespaces }, ctx) {
    return judgeObjects('k8s.psa.enforce-label', namespaces, ctx, (ns) => {
      const level = labelOf(ns, ENFORCE);
      if (level === undefined) return { messageId: 'missing' };
      if (level === 'baseline' || level === 'restricted') return undefined;
      if (level === 'privileged') return { messageId: 'privileged', evidence: `${ENFORCE}=privileged` };
      // The admission plugin rejects unknown levels at label time; in a manifest it is a typo.
      return { messageId: 'invalid', data: { level }, evidence: `${ENFORCE}=${level}` };
    }, 'no Namespace objects');
  },
});
