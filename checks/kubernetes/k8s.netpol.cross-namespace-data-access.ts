import { defineCheck } from '../../src/engine/check.js';
import { classConn } from '../../src/netpol/analyzer.js';
import { analysisOf, at, isSystemNamespace } from '../../src/netpol/check-support.js';
import { ConnTable } from '../../src/netpol/ports.js';
import type { NamespaceInfo } from '../../src/netpol/types.js';

/**
 * A data namespace is marked by a label (`ztaudit.io/data: "true"`, `data-classification` other
 * than `public`, or `tier`/`zone` = data/database/db) or named like one (`data`, `db`, `*-db`,
 * `database`, `datastore`, `storage`, `persistence`).
 */
export function isDataNamespace(ns: NamespaceInfo): boolean {
  const l = ns.labels;
  if (l['ztaudit.io/data'] === 'true') return true;
  const cls = l['data-classification'];
  if (cls !== undefined && cls !== 'public') return true;
  if (['data', 'database', 'db', 'datastore'].includes(l['tier'] ?? '') || ['data', 'database', 'db'].includes(l['zone'] ?? '')) return true;
  return /^(data|databases?|datastores?|storage|persistence)$|(^|-)(data|db|database)(-|$)/.test(ns.name);
}

export default defineCheck({
  id: 'k8s.netpol.cross-namespace-data-access',
  title: 'Workloads in data namespaces accept no traffic from other namespaces',
  rationale:
    'Data namespaces hold databases and stores. If NetworkPolicies let pods of any other namespace in, one compromised frontend anywhere in the cluster reaches the data directly.',
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
    reachable: '{{workload}} in data namespace {{namespace}} accepts connections from {{count}} workload(s) in other namespaces (e.g. {{example}})',
    closed: '{{workload}} accepts no cross-namespace connections',
  },
  evaluate(facts, ctx) {
    const a = analysisOf(facts);
    const dataNs = new Set([...a.model.namespaces.values()].filter((ns) => !isSystemNamespace(ns.name) && isDataNamespace(ns)).map((ns) => ns.name));
    if (dataNs.size === 0) return ctx.notApplicable('no data namespace (label ztaudit.io/data=true or a data-like name)');
    const peers = a.model.peers;
    const out = [];
    for (let d = 0; d < peers.length; d++) {
      const dst = peers[d]!;
      if (!dataNs.has(dst.namespace)) continue;
      const from = peers.filter((src, s) => src.namespace !== dst.namespace && !isSystemNamespace(src.namespace) && classConn(a, a.classOfPeer[s]!, a.classOfPeer[d]!) !== ConnTable.NONE);
      out.push(
        from.length > 0
          ? ctx.fail('reachable', { workload: dst.name, namespace: dst.namespace, count: from.length, example: from[0]!.name }, at(dst.ref, dst.source, from.slice(0, 10).map((p) => p.name).join(', ')))
          : ctx.pass('closed', { workload: dst.name }, at(dst.ref, dst.source)),
      );
    }
    return out.length > 0 ? out : ctx.notApplicable('the data namespaces hold no workloads');
  },
});
