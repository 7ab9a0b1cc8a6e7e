import { defineCheck } from '../../src/engine/check.js';
import { isAllowAllRule, perPolicy } from '../../src/netpol/check-support.js';

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
    return perPolicy(policies, ctx.error, (policy, name, where) => {
      for (const direction of ['ingress', 'egress'] as const) {
        const rule = policy[direction]?.find(isAllowAllRule);
        if (rule) return ctx.fail('allowAll', { policy: name, direction, index: rule.index }, where);
      }
      return ctx.pass('scoped', { policy: name }, where);
    });
  },
});
