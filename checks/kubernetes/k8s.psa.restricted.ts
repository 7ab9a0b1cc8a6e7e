import { defineCheck } from '../../src/engine/check.js';
import { judgeObjects } from '../../src/kit/k8s/judge.js';
import { labelOf } from '../../src/kit/k8s/objects.js';

const ENFORCE = 'pod-security.kubernetes.io/enforce';

export default defineCheck({
  id: 'k8s.psa.restricted',
  title: 'Namespaces enforce the restricted Pod Security level',
  rationale: 'restricted adds non-root, no privilege escalation, dropped capabilities and seccomp to baseline: the hardened default for application namespaces.',
  severity: 'medium',
  pillar: 'automation_orchestration',
  function: 'Policy Enforcement',
  stage: 'advanced',
  targetKinds: ['kubernetes'],
  facts: ['k8s.namespaces'],
  cis: ['5.2.1'],
  references: ['CIS Kubernetes Benchmark v1.12 5.2.1', 'NSA/CISA Kubernetes Hardening Guide v1.2: Pod security enforcement', 'CISA ZTMM v2.0 Applications and Workloads: Application Threat Protections'],
  remediation: 'Fix the workloads (kubectl label --dry-run=server namespace NAME pod-security.kubernetes.io/enforce=restricted lists violations), then label the namespace restricted.',
  messages: { baseline: 'enforces baseline, not restricted', weaker: 'does not enforce restricted ({{level}})' },
  evaluate({ 'k8s.namespaces': namespaces }, ctx) {
    return judgeObjects('k8s.psa.restricted', namespaces, ctx, (ns) => {
      const level = labelOf(ns, ENFORCE);
      if (level === 'restricted') return undefined;
      // baseline is a step on the way: partial credit, the enforce-label check covers the rest
      if (level === 'baseline') return { messageId: 'baseline', warn: true, evidence: `${ENFORCE}=baseline` };
      return { messageId: 'weaker', data: { level: level ?? 'no enforce label' } };
    }, 'no Namespace objects');
  },
});
