import { defineCheck } from '../../src/engine/check.js';
import { datastorePortsOf, sharedBlastRadiusOf } from '../../src/netpol/blast-radius.js';
import { analysisOf, at, isSystemNamespace } from '../../src/netpol/check-support.js';

export default defineCheck({
  id: 'k8s.netpol.datastore-reachable-cross-namespace',
  title: 'No workload can reach a datastore port in another namespace',
  rationale:
    'Assume breach: a compromised pod that can open connections to PostgreSQL, MySQL, Redis, MongoDB, Cassandra, Elasticsearch, CouchDB or Memcached in another namespace turns one foothold into a data breach.',
  severity: 'high',
  pillar: 'networks',
  function: 'Network Segmentation',
  stage: 'advanced',
  targetKinds: ['kubernetes'],
  facts: ['k8s.namespaces', 'k8s.pods', 'k8s.workloads', 'k8s.networkpolicies'],
  references: ['NIST SP 800-207 tenet 3', 'NSA/CISA Kubernetes Hardening Guide: Network separation', 'MITRE ATT&CK T1210 (Exploitation of Remote Services)'],
  remediation:
    'Select each datastore with an ingress NetworkPolicy that admits only its own clients (namespaceSelector AND podSelector in one peer), and give client namespaces default-deny egress.',
  messages: {
    reaches: '{{workload}} can reach {{count}} datastore(s) in other namespaces, e.g. {{example}}',
    contained: '{{workload}} reaches no datastore outside its namespace',
  },
  evaluate(facts, ctx) {
    const a = analysisOf(facts);
    if (!a.model.peers.some((p) => datastorePortsOf(p).length > 0)) return ctx.notApplicable('no workload exposes a datastore port');
    // the entries the report's blast radius shows too (one pass over the analysis per scan)
    const entries = sharedBlastRadiusOf(a)
      .filter((e) => !isSystemNamespace(e.namespace))
      .sort((x, y) => (x.workload < y.workload ? -1 : x.workload > y.workload ? 1 : 0));
    if (entries.length === 0) return ctx.notApplicable('no workloads outside the system namespaces');
    return entries.map((e) => {
      const ds = e.crossNamespaceDatastores;
      if (ds.length === 0) return ctx.pass('contained', { workload: e.workload }, at(e.resource, e.source));
      const example = `${ds[0]!.dst} port ${ds[0]!.ports.join('/')}`;
      const evidence = ds.slice(0, 10).map((d) => `${d.dst}:${d.ports.join('/')}`).join(', ');
      return ctx.fail('reaches', { workload: e.workload, count: ds.length, example }, at(e.resource, e.source, evidence));
    });
  },
});
