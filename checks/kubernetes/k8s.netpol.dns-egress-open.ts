import { defineCheck } from '../../src/engine/check.js';
import { isWholeInternet, perPolicy } from '../../src/netpol/check-support.js';
import type { CompiledRule } from '../../src/netpol/types.js';

const DNS = 53;
const hasPort = (ranges: [number, number][], port: number): boolean => ranges.some(([a, b]) => a <= port && port <= b);
/** Does the rule allow port 53 (TCP or UDP) to any destination at all (no `to`, or 0.0.0.0/0)? */
const dnsToEverything = (r: CompiledRule): boolean =>
  !r.ports.all && (hasPort(r.ports.numeric[1]!, DNS) || hasPort(r.ports.numeric[2]!, DNS)) && (r.peers === undefined || r.peers.some(isWholeInternet));

export default defineCheck({
  id: 'k8s.netpol.dns-egress-open',
  title: 'Egress policies allow DNS only to the cluster DNS',
  rationale:
    'A common egress policy allows port 53 with no `to`, so pods may query any DNS server on the internet: an easy exfiltration and command-and-control channel that bypasses the cluster resolver and its logging.',
  severity: 'medium',
  pillar: 'networks',
  function: 'Network Segmentation',
  stage: 'advanced',
  targetKinds: ['kubernetes'],
  facts: ['k8s.networkpolicies'],
  references: ['NSA/CISA Kubernetes Hardening Guide: Network separation', 'MITRE ATT&CK T1071.004 (DNS)'],
  remediation:
    'Restrict the DNS rule to the cluster resolver: `to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]`.',
  messages: {
    open: 'NetworkPolicy {{policy}} egress rule {{index}} allows DNS (port 53) to every destination',
    scoped: 'NetworkPolicy {{policy}} restricts DNS egress',
  },
  evaluate({ 'k8s.networkpolicies': policies }, ctx) {
    const out = perPolicy(policies, ctx.error, (policy, name, where) => {
      const rules = policy.egress;
      if (!rules || rules.length === 0) return undefined; // no egress rules: nothing about DNS to judge
      const open = rules.find(dnsToEverything);
      return open ? ctx.fail('open', { policy: name, index: open.index }, where) : ctx.pass('scoped', { policy: name }, where);
    });
    return out.length > 0 ? out : ctx.notApplicable('no NetworkPolicy has egress rules');
  },
});
