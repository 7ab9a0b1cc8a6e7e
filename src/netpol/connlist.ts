// The connectivity list: every allowed connection between workload peers and external ranges,
// in netpol-analyzer's order. Pure: objects in, connections and diagnostics out.
import type { K8sObject } from '../collectors/kubernetes/types.js';
import { analyze, classConn, fromExternal, toExternal, type ConnAnalysis } from './analyzer.js';
import { formatRange } from './ip.js';
import { ConnTable } from './ports.js';
import { buildModel, splitObjects } from './model.js';
import type { GroupBy, NetpolDiagnostic, NetpolInput } from './types.js';

export interface Connection {
  src: string;
  dst: string;
  conn: string;
}

export interface ConnlistOptions {
  groupBy?: GroupBy;
}

export interface ConnlistResult {
  conns: Connection[];
  diagnostics: NetpolDiagnostic[];
  /** workload peers analysed */
  peerCount: number;
}

export function connlistFromObjects(objects: readonly K8sObject[], opts: ConnlistOptions = {}): ConnlistResult {
  return connlist(splitObjects(objects), opts);
}

export function connlist(input: NetpolInput, opts: ConnlistOptions = {}): ConnlistResult {
  const model = buildModel(input, opts.groupBy ? { groupBy: opts.groupBy } : {});
  const analysis = analyze(model);
  return { conns: connections(analysis), diagnostics: model.diagnostics, peerCount: model.peers.length };
}

const byteCmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** All allowed connections, sorted by SRC then DST as byte strings. */
export function connections(a: ConnAnalysis): Connection[] {
  const { model, table } = a;
  const peers = model.peers; // sorted by name already
  const out: Connection[] = [];
  if (peers.length === 0) return out;
  // External sources: "a.b.c.d-..." sort before "namespace/..." only when they start with a digit
  // lower than the namespace's first byte; sort everything at the end to stay exact.
  const srcExt = a.srcAtoms.map((r) => `${formatRange(r)}[External]`);
  const dstExt = a.dstAtoms.map((r) => `${formatRange(r)}[External]`);
  srcExt.forEach((name, i) => {
    for (let d = 0; d < peers.length; d++) {
      const c = fromExternal(a, i, a.classOfPeer[d]!);
      if (c !== ConnTable.NONE) out.push({ src: name, dst: peers[d]!.name, conn: table.text(c) });
    }
  });
  for (let s = 0; s < peers.length; s++) {
    const sc = a.classOfPeer[s]!;
    const src = peers[s]!.name;
    dstExt.forEach((name, i) => {
      const c = toExternal(a, sc, i);
      if (c !== ConnTable.NONE) out.push({ src, dst: name, conn: table.text(c) });
    });
    for (let d = 0; d < peers.length; d++) {
      if (d === s) continue;
      const c = classConn(a, sc, a.classOfPeer[d]!);
      if (c !== ConnTable.NONE) out.push({ src, dst: peers[d]!.name, conn: table.text(c) });
    }
  }
  out.sort((x, y) => byteCmp(x.src, y.src) || byteCmp(x.dst, y.dst));
  return out;
}
