import { defineCheck } from '../../src/engine/check.js';
import { at, isAllowAllRule } from '../../src/netpol/check-support.js';
import { compilePolicy, refOf } from '../../src/netpol/model.js';

export default defineCheck({
  id: 'k8s.netpol.allow-all-rule',
  title: 'No NetworkPolicy rule allows all traffic',
  rationale:
    'A rule with no peers and no ports (`ingress: - {}` or `egress: - {}`) allows every source or destination on every port. It is an easy slip, one dash away from `ingress: []` (deny all), and it silently undoes isolation.',
  severity: 'high',
  pillar: 'networks',
  function: 'Network Segmentation',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.networkpolicies'],
  references: ['NSA/CISA Kubernetes Hardening Guide: Network separation', 'Kubernetes docs: Network Policies, "Allow all ingress traffic"'],
  remediation: 'Replace the empty rule with explicit `from`/`to` peers and `ports`; use `ingress: []` (or omit the rules) when the intent is to deny.',
  messages: {
    allowAll: 'NetworkPolicy {{policy}} {{direction}} rule {{index}} has no peers and no ports: it allows all {{direction}} traffic',
    scoped: 'NetworkPolicy {{policy}} has no allow-all rule',
  },
  evaluate({ 'k8s.networkpolicies': policies }, ctx) {
    if (policies.length === 0) return ctx.notApplicable('no NetworkPolicies');
    return policies.map((np) => {
      const r = compilePolicy(np);
      const ref = refOf(np);
      const name = `${ref.namespace}/${ref.name}`;
      if (!('policy' in r)) return ctx.error(r.diagnostics.find((d) => d.severity === 'error')?.message ?? 'malformed policy', at(ref, np.$source));
      for (const direction of ['ingress', 'egress'] as const) {
        const rule = r.policy[direction]?.find(isAllowAllRule);
        if (rule) return ctx.fail('allowAll', { policy: name, direction, index: rule.index }, at(ref, np.$source));
      }
      return ctx.pass('scoped', { policy: name }, at(ref, np.$source));
    });
  },
});
