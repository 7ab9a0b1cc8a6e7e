import { defineCheck } from '../../src/engine/check.js';
import { judgeObjects } from '../../src/kit/k8s/judge.js';
import { asArray, asRecord, nameOf } from '../../src/kit/k8s/objects.js';

const POLICY_ENGINE = /kyverno|gatekeeper/;

export default defineCheck({
  id: 'k8s.admission.webhook-fail-open',
  title: 'Policy engine webhooks fail closed',
  rationale: 'With failurePolicy: Ignore, an unavailable policy engine (crash, network policy, overload) silently admits everything it would have rejected.',
  severity: 'medium',
  pillar: 'governance',
  function: 'Policy Enforcement',
  stage: 'advanced',
  targetKinds: ['kubernetes'],
  facts: ['k8s.admission'],
  references: ['NSA/CISA Kubernetes Hardening Guide v1.2: Pod security enforcement', 'NIST SP 800-207 tenet 7', 'CISA ZTMM v2.0 Cross-cutting: Governance'],
  remediation: 'Set failurePolicy: Fail on the policy engine webhooks and run the engine highly available (replicas, PodDisruptionBudget), excluding kube-system with a namespaceSelector.',
  messages: { ignore: 'webhooks that fail open: {{webhooks}}' },
  evaluate({ 'k8s.admission': admission }, ctx) {
    const configs = admission.filter((o) => o.kind === 'ValidatingWebhookConfiguration' && POLICY_ENGINE.test(nameOf(o)));
    return judgeObjects('k8s.admission.webhook-fail-open', configs, ctx, (cfg) => {
      const open = asArray<unknown>(cfg.webhooks)
        .map((w) => asRecord(w))
        .filter((w) => w.failurePolicy === 'Ignore')
        .map((w) => String(w.name ?? '?'));
      // Partial credit: failing open is an availability trade-off, not an open door by itself.
      return open.length === 0 ? undefined : { messageId: 'ignore', warn: true, data: { webhooks: open.join(', ') }, evidence: `failurePolicy: Ignore on ${open.join(', ')}` };
    }, 'no Kyverno or Gatekeeper validating webhooks');
  },
});
