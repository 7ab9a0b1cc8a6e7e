import { defineCheck } from '../../src/engine/check.js';
import { isWholeInternet, perPolicy } from '../../src/netpol/check-support.js';

export default defineCheck({
  id: 'k8s.netpol.open-to-internet',
  title: 'No NetworkPolicy rule is open to 0.0.0.0/0',
  rationale:
    'An ipBlock of 0.0.0.0/0 admits every address, including the internet and (for egress) cloud metadata endpoints. Zero trust needs the actual ranges a workload talks to.',
  severity: 'medium',
  pillar: 'networks',
  function: 'Network Segmentation',
  stage: 'advanced',
  targetKinds: ['kubernetes'],
  facts: ['k8s.networkpolicies'],
  references: ['NSA/CISA Kubernetes Hardening Guide: Network separation', 'NIST SP 800-207 tenet 3'],
  remediation: 'Replace `cidr: 0.0.0.0/0` with the ranges the workload needs (a load balancer range, a partner network), or route internet traffic through an egress gateway.',
  messages: {
    open: 'NetworkPolicy {{policy}} {{direction}} rule {{index}} allows 0.0.0.0/0{{except}}',
    closed: 'NetworkPolicy {{policy}} has no rule open to 0.0.0.0/0',
  },
  evaluate({ 'k8s.networkpolicies': policies }, ctx) {
    if (policies.length === 0) return ctx.notApplicable('no NetworkPolicies');
    return perPolicy(policies, ctx.error, (policy, name, where) => {
      for (const direction of ['ingress', 'egress'] as const) {
        for (const rule of policy[direction] ?? []) {
          const peer = rule.peers?.find(isWholeInternet);
          if (peer && peer.type === 'ip') {
            const except = peer.except.length > 0 ? ` (except ${peer.except.length} range${peer.except.length > 1 ? 's' : ''})` : '';
            return ctx.fail('open', { policy: name, direction, index: rule.index, except }, where);
          }
        }
      }
      return ctx.pass('closed', { policy: name }, where);
    });
  },
});
