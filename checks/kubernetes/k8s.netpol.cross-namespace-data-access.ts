import { defineCheck } from '../../src/engine/check.js';
import { classConn } from '../../src/netpol/analyzer.js';
import { analysisOf, at, isDataNamespace, isSystemNamespace } from '../../src/netpol/check-support.js';
import { ConnTable } from '../../src/netpol/ports.js';

export default defineCheck({
  id: 'k8s.netpol.cross-namespace-data-access',
  title: 'Workloads in data namespaces admit other namespaces only by named workload',
  rationale:
    'Data namespaces hold databases and stores. If they are not isolated, or NetworkPolicies admit whole namespaces (a namespaceSelector without a podSelector), one compromised pod anywhere in those namespaces reaches the data directly.',
  severity: 'high',
  pillar: 'data',
  function: 'Data Access',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.namespaces', 'k8s.pods', 'k8s.workloads', 'k8s.networkpolicies'],
  references: ['NIST SP 800-207 tenet 3', 'CISA Zero Trust Maturity Model v2.0: Data pillar, Data Access'],
  remediation:
    'Give the data namespace a default-deny ingress policy and allow only the named client workloads, with a namespaceSelector AND podSelector in the same peer.',
  messages: {
    reachable: '{{workload}} in data namespace {{namespace}} accepts connections from {{count}} workload(s) in other namespaces ({{why}}), e.g. {{example}}',
    closed: '{{workload}} accepts cross-namespace connections only from workloads named by a pod selector',
  },
  evaluate(facts, ctx) {
    const a = analysisOf(facts);
    const dataNs = new Set([...a.model.namespaces.values()].filter((ns) => !isSystemNamespace(ns.name) && isDataNamespace(ns)).map((ns) => ns.name));
    if (dataNs.size === 0) return ctx.notApplicable('no data namespace (label ztaudit.io/data=true or a data-like name)');
    const peers = a.model.peers;
    const nsNames = [...a.model.namespaces.values()];
    const out = [];
    // the workloads a destination class admits from other namespaces: one pass over the source
    // classes, then the peers in order (peers of one class share their namespace and connectivity)
    const admitted = new Map<number, typeof peers>();
    const admittedInto = (c: number, ns: string): typeof peers => {
      let list = admitted.get(c);
      if (!list) {
        const open = a.classes.map((_, sc) => classConn(a, sc, c) !== ConnTable.NONE);
        list = peers.filter((src, s) => open[a.classOfPeer[s]!] && src.namespace !== ns && !isSystemNamespace(src.namespace));
        admitted.set(c, list);
      }
      return list;
    };
    // Broad admission: not isolated, a rule with no `from`, or whole other namespaces (namespaceSelector
    // with an empty podSelector). The same for every peer of a class (a class lies in one namespace).
    const whyMemo = new Map<number, string | undefined>();
    const whyOf = (c: number, namespace: string): string | undefined => {
      if (whyMemo.has(c)) return whyMemo.get(c);
      let why: string | undefined;
      if (!a.ingress.isolated[c]) why = 'no ingress policy selects it';
      for (const pi of a.ingress.selectedBy[c] ?? []) {
        const pol = a.model.policies[pi]!;
        for (const rule of pol.ingress ?? []) {
          if (why) break;
          if (rule.peers === undefined) why = `policy ${pol.ref.name} has an ingress rule with no from`;
          else if (rule.peers.some((p) => p.type === 'pods' && p.nsMatch && p.podSelectorEmpty && nsNames.some((ns) => ns.name !== namespace && p.nsMatch!(ns.labels))))
            why = `policy ${pol.ref.name} admits whole namespaces`;
        }
      }
      whyMemo.set(c, why);
      return why;
    };
    for (let d = 0; d < peers.length; d++) {
      const dst = peers[d]!;
      if (!dataNs.has(dst.namespace)) continue;
      const c = a.classOfPeer[d]!;
      const why = whyOf(c, dst.namespace);
      const from = why ? admittedInto(c, dst.namespace) : [];
      out.push(
        from.length > 0
          ? ctx.fail('reachable', { workload: dst.name, namespace: dst.namespace, count: from.length, why: why!, example: from[0]!.name }, at(dst.ref, dst.source, from.slice(0, 10).map((p) => p.name).join(', ')))
          : ctx.pass('closed', { workload: dst.name }, at(dst.ref, dst.source)),
      );
    }
    return out.length > 0 ? out : ctx.notApplicable('the data namespaces hold no workloads');
  },
});
