// Assume-breach blast radius: for each workload, what a compromised pod of it can reach
// (workloads, ports, external ranges), ranked worst first. Pure function of the analysis.
import type { ResourceRef, SourceLocation } from '../engine/types.js';
import { analyze, toExternal, type ConnAnalysis } from './analyzer.js';
import { formatRange } from './ip.js';
import { ConnTable, PROTOCOLS, type ConnSet } from './ports.js';
import { buildModel } from './model.js';
import type { GroupBy, NetpolDiagnostic, NetpolInput, WorkloadPeer } from './types.js';

/** Well-known datastore ports: a pod declaring one is treated as a datastore. */
export const DATASTORE_PORTS: Readonly<Record<number, string>> = {
  1433: 'mssql',
  1521: 'oracle',
  2379: 'etcd',
  3306: 'mysql',
  5432: 'postgresql',
  5984: 'couchdb',
  6379: 'redis',
  7687: 'neo4j',
  8086: 'influxdb',
  9042: 'cassandra',
  9200: 'elasticsearch',
  11211: 'memcached',
  26257: 'cockroachdb',
  27017: 'mongodb',
};

/** Workloads that declare no container port but are named like a datastore get its usual port. */
const DATASTORE_NAMES: readonly [RegExp, number][] = [
  [/postgres|pgsql|patroni/, 5432],
  [/mysql|mariadb|percona/, 3306],
  [/redis|valkey/, 6379],
  [/mongo/, 27017],
  [/cassandra|scylla/, 9042],
  [/elasticsearch|opensearch/, 9200],
  [/couchdb/, 5984],
  [/memcache/, 11211],
];

export interface BlastTarget {
  /** a workload peer name or an external range */
  dst: string;
  conn: string;
  crossNamespace: boolean;
  /** datastore ports of the destination that this connection reaches */
  datastorePorts?: number[];
}

export interface BlastEntry {
  workload: string;
  resource: ResourceRef;
  source?: SourceLocation;
  namespace: string;
  reachableWorkloads: number;
  reachableNamespaces: number;
  crossNamespaceWorkloads: number;
  /** external ranges reachable and the number of addresses they hold */
  externalRanges: number;
  externalAddresses: number;
  /** datastores in other namespaces this workload can reach */
  crossNamespaceDatastores: { dst: string; ports: number[] }[];
  targets: BlastTarget[];
}

export interface BlastRadiusResult {
  workloads: BlastEntry[];
  diagnostics: NetpolDiagnostic[];
}

/** Datastore ports a peer listens on (declared, or implied by its name). */
export function datastorePortsOf(peer: WorkloadPeer): number[] {
  const declared = [...new Set(peer.ports.filter((p) => p.protocol === 'TCP' && DATASTORE_PORTS[p.port] !== undefined).map((p) => p.port))].sort((a, b) => a - b);
  if (declared.length > 0 || peer.ports.length > 0) return declared;
  const hint = `${peer.workload} ${Object.values(peer.labels).join(' ')}`.toLowerCase();
  const found = DATASTORE_NAMES.filter(([re]) => re.test(hint)).map(([, port]) => port);
  return [...new Set(found)].sort((a, b) => a - b);
}

const tcpAllows = (c: ConnSet, port: number): boolean => {
  const r = c[PROTOCOLS.indexOf('TCP')]!;
  for (let i = 0; i < r.length; i += 2) if (r[i]! <= port && port <= r[i + 1]!) return true;
  return false;
};

export function blastRadius(input: NetpolInput, opts: { groupBy?: GroupBy } & BlastOptions = {}): BlastRadiusResult {
  const model = buildModel(input, opts.groupBy ? { groupBy: opts.groupBy } : {});
  return { workloads: blastRadiusOf(analyze(model), opts.maxTargets !== undefined ? { maxTargets: opts.maxTargets } : {}), diagnostics: model.diagnostics };
}

export interface BlastOptions {
  /**
   * Keep at most this many targets per workload (datastores first, then other namespaces, then
   * the workload's own namespace, then external ranges); the counts stay exact. Default: all.
   */
  maxTargets?: number;
}

/** Targets kept per workload in a scan report's blast radius (the counts stay exact). */
export const MAX_TARGETS_IN_REPORT = 25;

const shared = new WeakMap<ConnAnalysis, readonly BlastEntry[]>();

/**
 * The blast radius a scan reports (MAX_TARGETS_IN_REPORT targets each), computed once per
 * analysis: the datastore check and the report's blastRadius analysis both read it, and each pass
 * walks classes x peers. Read only: callers copy before they sort or change anything.
 */
export function sharedBlastRadiusOf(a: ConnAnalysis): readonly BlastEntry[] {
  let entries = shared.get(a);
  if (!entries) {
    entries = blastRadiusOf(a, { maxTargets: MAX_TARGETS_IN_REPORT });
    shared.set(a, entries);
  }
  return entries;
}

export function blastRadiusOf(a: ConnAnalysis, opts: BlastOptions = {}): BlastEntry[] {
  const { model, table } = a;
  const peers = model.peers;
  const max = opts.maxTargets ?? Infinity;
  const dsPorts = peers.map(datastorePortsOf);
  const dstExt = a.dstAtoms.map((r) => ({ name: `${formatRange(r)}[External]`, size: r.last - r.first + 1 }));
  // Peers of one class share their connectivity: what a class reaches is listed once (one pass
  // over the classes and the peers), and every peer of it walks only the peers it reaches, in
  // peer order. Only one class's list is alive at a time, so a dense cluster stays small.
  const peersOfClass: number[][] = a.classes.map(() => []);
  a.classOfPeer.forEach((c, i) => peersOfClass[c]!.push(i));
  // Per source class: the conn to each destination class it reaches, and the peers of those
  // classes in peer order. Only what is reached is touched: a scan over every peer per class
  // (50,000 x 10,000 on a large cluster) cost more than the rest of the blast radius.
  const connOfClass = new Int32Array(peersOfClass.length);
  const reachedPeers = new Int32Array(peers.length);
  const reachableFrom = (sc: number): { peers: Int32Array; conns: Int32Array } => {
    let count = 0;
    // classConn, inlined: this runs classes² times on a large cluster
    const egRow = a.egress.isolated[sc] ? a.egress.rows[sc]! : undefined;
    const ingIsolated = a.ingress.isolated;
    const ingRows = a.ingress.rows;
    for (let dc = 0; dc < peersOfClass.length; dc++) {
      const eg = egRow ? egRow[dc]! : ConnTable.ALL;
      if (eg === ConnTable.NONE) continue;
      const ing = ingIsolated[dc] ? ingRows[dc]![sc]! : ConnTable.ALL;
      if (ing === ConnTable.NONE) continue;
      const c = eg === ConnTable.ALL ? ing : ing === ConnTable.ALL ? eg : a.table.intersect(eg, ing);
      if (c === ConnTable.NONE) continue;
      connOfClass[dc] = c;
      for (const d of peersOfClass[dc]!) reachedPeers[count++] = d;
    }
    const out = { peers: reachedPeers.slice(0, count), conns: new Int32Array(count) };
    // each class's peers are in order; classes whose peers interleave need one numeric sort
    for (let k = 1; k < count; k++) {
      if (out.peers[k]! < out.peers[k - 1]!) {
        out.peers.sort();
        break;
      }
    }
    for (let k = 0; k < count; k++) out.conns[k] = connOfClass[a.classOfPeer[out.peers[k]!]!]!;
    return out;
  };
  const entryOf = (s: number, reach: { peers: Int32Array; conns: Int32Array }): BlastEntry => {
    const src = peers[s]!;
    const sc = a.classOfPeer[s]!;
    // buckets in priority order, each capped, so a dense cluster does not hold n² targets
    const buckets: BlastTarget[][] = [[], [], [], []];
    const keep = (bucket: number, t: () => BlastTarget): void => {
      if (buckets[bucket]!.length < max) buckets[bucket]!.push(t());
    };
    const namespaces = new Set<string>();
    let reachable = 0;
    let crossNs = 0;
    const datastores: { dst: string; ports: number[] }[] = [];
    for (let k = 0; k < reach.peers.length; k++) {
      const d = reach.peers[k]!;
      if (d === s) continue;
      const c = reach.conns[k]!;
      const dst = peers[d]!;
      const cross = dst.namespace !== src.namespace;
      reachable++;
      namespaces.add(dst.namespace);
      if (cross) crossNs++;
      const reached = dsPorts[d]!.length > 0 ? dsPorts[d]!.filter((p) => tcpAllows(table.get(c), p)) : [];
      if (reached.length > 0 && cross) datastores.push({ dst: dst.name, ports: reached });
      const make = (): BlastTarget => {
        const t: BlastTarget = { dst: dst.name, conn: table.text(c), crossNamespace: cross };
        if (reached.length > 0) t.datastorePorts = reached;
        return t;
      };
      keep(reached.length > 0 ? 0 : cross ? 1 : 2, make);
    }
    let externalRanges = 0;
    let externalAddresses = 0;
    dstExt.forEach((ext, i) => {
      const c = toExternal(a, sc, i);
      if (c === ConnTable.NONE) return;
      externalRanges++;
      externalAddresses += ext.size;
      keep(3, () => ({ dst: ext.name, conn: table.text(c), crossNamespace: true }));
    });
    const entry: BlastEntry = {
      workload: src.name,
      resource: src.ref,
      namespace: src.namespace,
      reachableWorkloads: reachable,
      reachableNamespaces: namespaces.size,
      crossNamespaceWorkloads: crossNs,
      externalRanges,
      externalAddresses,
      crossNamespaceDatastores: datastores,
      targets: buckets.flat().slice(0, max),
    };
    if (src.source) entry.source = src.source;
    return entry;
  };
  const entries: BlastEntry[] = [];
  peersOfClass.forEach((members, sc) => {
    if (members.length === 0) return;
    const reach = reachableFrom(sc);
    for (const s of members) entries.push(entryOf(s, reach));
  });
  // Worst first: cross-namespace datastores, then workloads reached, then namespaces, then the internet.
  return entries.sort(
    (x, y) =>
      y.crossNamespaceDatastores.length - x.crossNamespaceDatastores.length ||
      y.reachableWorkloads - x.reachableWorkloads ||
      y.reachableNamespaces - x.reachableNamespaces ||
      y.externalAddresses - x.externalAddresses ||
      (x.workload < y.workload ? -1 : x.workload > y.workload ? 1 : 0),
  );
}
