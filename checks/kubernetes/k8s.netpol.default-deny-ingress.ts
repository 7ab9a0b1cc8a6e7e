import { defineCheck } from '../../src/engine/check.js';
import { analysisOf, at, isAllowAllRule, isSystemNamespace } from '../../src/netpol/check-support.js';

export default defineCheck({
  id: 'k8s.netpol.default-deny-ingress',
  title: 'Every namespace has a default-deny ingress NetworkPolicy',
  rationale:
    'Without a policy that selects every pod for ingress, a new pod accepts traffic from anywhere in the cluster until someone remembers to write a policy for it. Default deny makes every allowed flow explicit.',
  severity: 'high',
  pillar: 'networks',
  function: 'Network Segmentation',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.namespaces', 'k8s.pods', 'k8s.workloads', 'k8s.networkpolicies'],
  references: ['CIS Kubernetes 1.12 5.3.2', 'NSA/CISA Kubernetes Hardening Guide: Network separation', 'NIST SP 800-207 tenet 3'],
  remediation:
    'Add to each namespace a NetworkPolicy with `podSelector: {}`, `policyTypes: [Ingress]` and no ingress rules, then allow the flows each workload needs.',
  messages: {
    missing: 'Namespace {{namespace}} has no NetworkPolicy that isolates all its pods for ingress',
    present: 'Namespace {{namespace}} denies ingress by default ({{policy}})',
  },
  evaluate(facts, ctx) {
    const { model } = analysisOf(facts);
    const namespaces = [...model.namespaces.values()].filter((ns) => !isSystemNamespace(ns.name)).sort((a, b) => (a.name < b.name ? -1 : 1));
    if (namespaces.length === 0) return ctx.notApplicable('no namespaces outside kube-system, kube-public and kube-node-lease');
    return namespaces.map((ns) => {
      const deny = model.policies.find((p) => p.namespace === ns.name && p.podSelectorEmpty && p.ingress !== undefined && !p.ingress.some(isAllowAllRule));
      return deny
        ? ctx.pass('present', { namespace: ns.name, policy: deny.ref.name }, at(ns.ref, ns.source))
        : ctx.fail('missing', { namespace: ns.name }, at(ns.ref, ns.source));
    });
  },
});
