import { defineCheck } from '../../src/engine/check.js';
import { analysisOf, at, isSystemNamespace } from '../../src/netpol/check-support.js';

export default defineCheck({
  id: 'k8s.netpol.workload-not-isolated',
  title: 'Every workload is selected by a NetworkPolicy for ingress and egress',
  rationale:
    'A pod that no NetworkPolicy selects in a direction is wide open in that direction: any pod in the cluster can reach it, or it can reach anything.',
  severity: 'medium',
  pillar: 'networks',
  function: 'Network Segmentation',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.namespaces', 'k8s.pods', 'k8s.workloads', 'k8s.networkpolicies'],
  references: ['CIS Kubernetes 1.12 5.3.2', 'NSA/CISA Kubernetes Hardening Guide: Network separation'],
  remediation: 'Select the workload with a NetworkPolicy (or a namespace default-deny policy) for both Ingress and Egress and allow only the flows it needs.',
  messages: {
    unisolated: '{{workload}} is selected by no NetworkPolicy for {{directions}}, so all {{directions}} traffic is allowed',
    isolated: '{{workload}} is isolated for ingress and egress',
  },
  evaluate(facts, ctx) {
    const a = analysisOf(facts);
    const peers = a.model.peers.map((p, i) => ({ p, c: a.classOfPeer[i]! })).filter(({ p }) => !isSystemNamespace(p.namespace));
    if (peers.length === 0) return ctx.notApplicable('no pods or workloads outside the system namespaces');
    return peers.map(({ p, c }) => {
      const open = [a.ingress.isolated[c] ? '' : 'ingress', a.egress.isolated[c] ? '' : 'egress'].filter(Boolean);
      return open.length === 0
        ? ctx.pass('isolated', { workload: p.name }, at(p.ref, p.source))
        : ctx.fail('unisolated', { workload: p.name, directions: open.join(' and ') }, at(p.ref, p.source));
    });
  },
});
