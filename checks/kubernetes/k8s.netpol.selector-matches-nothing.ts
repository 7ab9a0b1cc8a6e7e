import { defineCheck } from '../../src/engine/check.js';
import { analysisOf, at, malformedPolicies } from '../../src/netpol/check-support.js';

export default defineCheck({
  id: 'k8s.netpol.selector-matches-nothing',
  title: 'Every NetworkPolicy selects at least one workload',
  rationale:
    'A policy whose podSelector matches no pod protects nothing; usually a label was renamed or the policy sits in the wrong namespace, and the workload it was written for is unprotected.',
  severity: 'low',
  pillar: 'networks',
  function: 'Network Segmentation',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.namespaces', 'k8s.pods', 'k8s.workloads', 'k8s.networkpolicies'],
  references: ['Kubernetes docs: Network Policies, "Behavior of to and from selectors"'],
  remediation: 'Fix the podSelector labels (or the policy namespace) so the policy selects the pods it was written for, or delete it.',
  messages: {
    nothing: 'NetworkPolicy {{policy}} selects no pod in namespace {{namespace}}',
    selects: 'NetworkPolicy {{policy}} selects {{count}} workload(s)',
    namespaceWide: 'NetworkPolicy {{policy}} selects every pod of its namespace, present and future',
  },
  evaluate(facts, ctx) {
    const { model } = analysisOf(facts);
    if (facts['k8s.networkpolicies'].length === 0) return ctx.notApplicable('no NetworkPolicies');
    if (model.peers.length === 0) return ctx.notApplicable('no pods or workloads to match the policies against');
    const out = malformedPolicies(model).map((d) => ctx.error(d.message, at(d.object, d.source)));
    // each policy is matched against its own namespace's workloads only
    const byNamespace = new Map<string, (typeof model.peers)[number][]>();
    for (const w of model.peers) {
      const list = byNamespace.get(w.namespace);
      if (list) list.push(w);
      else byNamespace.set(w.namespace, [w]);
    }
    for (const p of model.policies) {
      const name = `${p.namespace}/${p.ref.name}`;
      // `podSelector: {}` is a namespace-wide default (deny-all, allow-DNS...): it is written for
      // the pods to come, so an empty namespace is no sign of a wrong selector.
      if (p.podSelectorEmpty) {
        out.push(ctx.pass('namespaceWide', { policy: name }, at(p.ref, p.source)));
        continue;
      }
      let count = 0;
      for (const w of byNamespace.get(p.namespace) ?? []) if (p.podMatch(w.labels)) count++;
      out.push(count === 0 ? ctx.fail('nothing', { policy: name, namespace: p.namespace }, at(p.ref, p.source)) : ctx.pass('selects', { policy: name, count }, at(p.ref, p.source)));
    }
    return out;
  },
});
