// The class-based analyser against a naive evaluator written straight from the NetworkPolicy v1
// spec (one pod pair, one protocol and port at a time), on random clusters and policies.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { K8sObject } from '../../src/kit/k8s/facts.js';
import { analyze, classConn, fromExternal, toExternal } from '../../src/netpol/analyzer.js';
import { parseCidr } from '../../src/netpol/ip.js';
import { buildModel, splitObjects } from '../../src/netpol/model.js';
import { PROTOCOLS } from '../../src/netpol/ports.js';

type Labels = Record<string, string>;
interface Sel {
  matchLabels?: Labels;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

const NAMESPACES = ['a', 'b', 'c'];
const PROBE_PORTS = [1, 52, 53, 54, 79, 80, 81, 443, 8080, 9000, 9003, 9005, 9006, 65535];
const CIDRS = ['10.0.0.0/8', '10.1.0.0/16', '10.1.2.0/24', '0.0.0.0/0', '192.168.0.0/16', '192.168.1.1/32'];

const labelsArb = fc.record({ app: fc.constantFrom('p', 'q', 'r'), tier: fc.constantFrom('f', 'b') }, { requiredKeys: [] });
const selArb: fc.Arbitrary<Sel> = fc.oneof(
  fc.constant({}),
  fc.record({ matchLabels: labelsArb }),
  fc.record({
    matchExpressions: fc.array(
      fc.oneof(
        fc.record({ key: fc.constantFrom('app', 'tier', 'env'), operator: fc.constantFrom('In', 'NotIn'), values: fc.array(fc.constantFrom('p', 'q', 'f', 'prod', 'dev'), { minLength: 1, maxLength: 2 }) }),
        fc.record({ key: fc.constantFrom('app', 'tier', 'env', 'team'), operator: fc.constantFrom('Exists', 'DoesNotExist') }),
      ),
      { minLength: 1, maxLength: 2 },
    ),
  }),
);
const nsSelArb: fc.Arbitrary<Sel> = fc.oneof(fc.constant({}), fc.record({ matchLabels: fc.record({ env: fc.constantFrom('prod', 'dev') }, { requiredKeys: [] }) }), fc.record({ matchLabels: fc.record({ 'kubernetes.io/metadata.name': fc.constantFrom(...NAMESPACES) }) }));
const peerArb = fc.oneof(
  fc.record({ podSelector: selArb }),
  fc.record({ namespaceSelector: nsSelArb }),
  fc.record({ namespaceSelector: nsSelArb, podSelector: selArb }),
  fc.constantFrom(0, 1, 2, 3, 4, 5).map((i) => ({ ipBlock: i === 0 ? { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } : { cidr: CIDRS[i]! } })),
);
const portArb = fc.oneof(
  fc.record({ protocol: fc.constantFrom('TCP', 'UDP', 'SCTP'), port: fc.constantFrom(53, 80, 443, 8080, 9000) }, { requiredKeys: ['port'] }),
  fc.record({ port: fc.constant(9000), endPort: fc.constantFrom(9003, 9005) }),
  fc.record({ protocol: fc.constantFrom('TCP', 'UDP'), port: fc.constantFrom('http', 'dns', 'nope') }, { requiredKeys: ['port'] }),
  fc.record({ protocol: fc.constantFrom('TCP', 'UDP', 'SCTP') }),
);
const ruleArb = (field: 'from' | 'to') =>
  fc.record({ [field]: fc.array(peerArb, { maxLength: 3 }), ports: fc.array(portArb, { maxLength: 3 }) }, { requiredKeys: [] }) as fc.Arbitrary<Record<string, unknown>>;
const policyArb = fc.record({
  namespace: fc.constantFrom(...NAMESPACES),
  podSelector: selArb,
  policyTypes: fc.option(fc.subarray(['Ingress', 'Egress']), { nil: undefined }),
  ingress: fc.option(fc.array(ruleArb('from'), { maxLength: 2 }), { nil: undefined }),
  egress: fc.option(fc.array(ruleArb('to'), { maxLength: 2 }), { nil: undefined }),
});
const workloadArb = fc.record({
  namespace: fc.constantFrom(...NAMESPACES),
  labels: labelsArb,
  ports: fc.subarray([
    { name: 'http', containerPort: 80, protocol: 'TCP' },
    { name: 'http', containerPort: 8080, protocol: 'TCP' },
    { name: 'dns', containerPort: 53, protocol: 'UDP' },
  ]),
});
const clusterArb = fc.record({
  nsLabels: fc.array(fc.record({ env: fc.constantFrom('prod', 'dev'), team: fc.constantFrom('x', 'y') }, { requiredKeys: [] }), { minLength: 3, maxLength: 3 }),
  workloads: fc.array(workloadArb, { minLength: 1, maxLength: 5 }),
  policies: fc.array(policyArb, { maxLength: 4 }),
});

type Cluster = typeof clusterArb extends fc.Arbitrary<infer T> ? T : never;

// ---- the naive reference, straight from the spec ----
const matches = (sel: Sel | undefined, labels: Labels): boolean => {
  if (!sel) return true;
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const e of sel.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    if (e.operator === 'In' && !(has && e.values!.includes(labels[e.key]!))) return false;
    if (e.operator === 'NotIn' && has && e.values!.includes(labels[e.key]!)) return false;
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
  }
  return true;
};
interface Pod {
  ns: string;
  labels: Labels;
  ports: { name: string; containerPort: number; protocol: string }[];
}
type End = { pod: Pod } | { ip: number };
const ipIn = (ip: number, cidr: string): boolean => {
  const r = parseCidr(cidr);
  return r.ok && r.range.first <= ip && ip <= r.range.last;
};

function reference(c: Cluster) {
  const nsLabels = (ns: string): Labels => ({ ...c.nsLabels[NAMESPACES.indexOf(ns)], 'kubernetes.io/metadata.name': ns });
  const types = (p: Cluster['policies'][number]) => {
    if (p.policyTypes && p.policyTypes.length > 0) return { ing: p.policyTypes.includes('Ingress'), eg: p.policyTypes.includes('Egress') };
    return { ing: true, eg: (p.egress?.length ?? 0) > 0 };
  };
  const peerMatches = (peer: Record<string, unknown>, policyNs: string, other: End): boolean => {
    if (peer.ipBlock) {
      if (!('ip' in other)) return false;
      const ib = peer.ipBlock as { cidr: string; except?: string[] };
      return ipIn(other.ip, ib.cidr) && !(ib.except ?? []).some((e) => ipIn(other.ip, e));
    }
    if (!('pod' in other)) return false;
    const nsOk = peer.namespaceSelector ? matches(peer.namespaceSelector as Sel, nsLabels(other.pod.ns)) : other.pod.ns === policyNs;
    return nsOk && matches(peer.podSelector as Sel | undefined, other.pod.labels);
  };
  const portMatches = (ports: Record<string, unknown>[] | undefined, dst: End, proto: string, port: number): boolean => {
    if (!ports || ports.length === 0) return true;
    return ports.some((p) => {
      if ((p.protocol ?? 'TCP') !== proto) return false;
      if (p.port === undefined) return true;
      if (typeof p.port === 'string') return 'pod' in dst && dst.pod.ports.some((cp) => cp.name === p.port && cp.protocol === proto && cp.containerPort === port);
      return (p.port as number) <= port && port <= ((p.endPort as number | undefined) ?? (p.port as number));
    });
  };
  const dirAllows = (dir: 'ingress' | 'egress', self: Pod, other: End, dst: End, proto: string, port: number): boolean => {
    const sel = c.policies.filter((p) => p.namespace === self.ns && matches(p.podSelector, self.labels) && (dir === 'ingress' ? types(p).ing : types(p).eg));
    if (sel.length === 0) return true;
    return sel.some((p) =>
      (p[dir] ?? []).some((rule) => {
        const peers = rule[dir === 'ingress' ? 'from' : 'to'] as Record<string, unknown>[] | undefined;
        const peerOk = !peers || peers.length === 0 || peers.some((pe) => peerMatches(pe, p.namespace, other));
        return peerOk && portMatches(rule.ports as Record<string, unknown>[] | undefined, dst, proto, port);
      }),
    );
  };
  return (src: End, dst: End, proto: string, port: number): boolean =>
    ('pod' in src ? dirAllows('egress', src.pod, dst, dst, proto, port) : true) && ('pod' in dst ? dirAllows('ingress', dst.pod, src, dst, proto, port) : true);
}

function toObjects(c: Cluster): K8sObject[] {
  const out: K8sObject[] = NAMESPACES.map((n, i) => ({ kind: 'Namespace', metadata: { name: n, labels: { ...c.nsLabels[i] } } }));
  c.workloads.forEach((w, i) =>
    out.push({ kind: 'Deployment', metadata: { name: `w${i}`, namespace: w.namespace }, spec: { template: { metadata: { labels: w.labels }, spec: { containers: [{ name: 'c', ports: w.ports }] } } } }),
  );
  c.policies.forEach((p, i) => {
    const spec: Record<string, unknown> = { podSelector: p.podSelector };
    if (p.policyTypes) spec.policyTypes = p.policyTypes;
    if (p.ingress) spec.ingress = p.ingress;
    if (p.egress) spec.egress = p.egress;
    out.push({ kind: 'NetworkPolicy', metadata: { name: `p${i}`, namespace: p.namespace }, spec });
  });
  return out;
}

const contains = (ranges: readonly number[], port: number): boolean => {
  for (let i = 0; i < ranges.length; i += 2) if (ranges[i]! <= port && port <= ranges[i + 1]!) return true;
  return false;
};

describe('analyser vs naive reference', () => {
  it('agrees on every pod pair, external range, protocol and probe port', () => {
    fc.assert(
      fc.property(clusterArb, (c) => {
        const model = buildModel(splitObjects(toObjects(c)));
        expect(model.diagnostics).toEqual([]);
        const a = analyze(model);
        const allowed = reference(c);
        const pods: Pod[] = model.peers.map((p) => {
          const i = Number(p.workload.slice(1));
          return { ns: c.workloads[i]!.namespace, labels: c.workloads[i]!.labels, ports: c.workloads[i]!.ports };
        });
        for (const proto of PROTOCOLS) {
          const pi = PROTOCOLS.indexOf(proto);
          for (const port of PROBE_PORTS) {
            for (let s = 0; s < pods.length; s++) {
              for (let d = 0; d < pods.length; d++) {
                if (s === d) continue;
                const got = contains(a.table.get(classConn(a, a.classOfPeer[s]!, a.classOfPeer[d]!))[pi]!, port);
                expect(got, `${model.peers[s]!.name} -> ${model.peers[d]!.name} ${proto}/${port}`).toBe(allowed({ pod: pods[s]! }, { pod: pods[d]! }, proto, port));
              }
              a.srcAtoms.forEach((atom, i) => {
                for (const ip of [atom.first, atom.last]) {
                  const got = contains(a.table.get(fromExternal(a, i, a.classOfPeer[s]!))[pi]!, port);
                  expect(got, `${ip} -> ${model.peers[s]!.name} ${proto}/${port}`).toBe(allowed({ ip }, { pod: pods[s]! }, proto, port));
                }
              });
              a.dstAtoms.forEach((atom, i) => {
                for (const ip of [atom.first, atom.last]) {
                  const got = contains(a.table.get(toExternal(a, a.classOfPeer[s]!, i))[pi]!, port);
                  expect(got, `${model.peers[s]!.name} -> ${ip} ${proto}/${port}`).toBe(allowed({ pod: pods[s]! }, { ip }, proto, port));
                }
              });
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
