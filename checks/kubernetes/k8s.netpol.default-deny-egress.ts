import { defineCheck } from '../../src/engine/check.js';
import { analysisOf, at, isAllowAllRule, isSystemNamespace } from '../../src/netpol/check-support.js';

export default defineCheck({
  id: 'k8s.netpol.default-deny-egress',
  title: 'Every namespace has a default-deny egress NetworkPolicy',
  rationale:
    'Without a policy that selects every pod for egress, a new pod can open connections to anything (other namespaces, the cloud metadata service, the internet) until someone remembers to write a policy for it. Default deny makes every allowed flow explicit.',
  severity: 'medium',
  pillar: 'networks',
  function: 'Network Segmentation',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.namespaces', 'k8s.pods', 'k8s.workloads', 'k8s.networkpolicies'],
  references: ['CIS Kubernetes 1.12 5.3.2 (egress)', 'NSA/CISA Kubernetes Hardening Guide: Network separation', 'NIST SP 800-207 tenet 3'],
  remediation:
    'Add to each namespace a NetworkPolicy with `podSelector: {}`, `policyTypes: [Egress]` and no egress rules (allow DNS to kube-dns explicitly), then allow the flows each workload needs.',
  messages: {
    missing: 'Namespace {{namespace}} has no NetworkPolicy that isolates all its pods for egress',
    present: 'Namespace {{namespace}} denies egress by default ({{policy}})',
  },
  evaluate(facts, ctx) {
    const { model } = analysisOf(facts);
    const namespaces = [...model.namespaces.values()].filter((ns) => !isSystemNamespace(ns.name)).sort((a, b) => (a.name < b.name ? -1 : 1));
    if (namespaces.length === 0) return ctx.notApplicable('no namespaces outside kube-system, kube-public and kube-node-lease');
    return namespaces.map((ns) => {
      const deny = model.policies.find((p) => p.namespace === ns.name && p.podSelectorEmpty && p.egress !== undefined && !p.egress.some(isAllowAllRule));
      return deny
        ? ctx.pass('present', { namespace: ns.name, policy: deny.ref.name }, at(ns.ref, ns.source))
        : ctx.fail('missing', { namespace: ns.name }, at(ns.ref, ns.source));
    });
  },
});
