// The connectivity list: every allowed connection between workload peers and external ranges,
// in netpol-analyzer's order. Pure: objects in, connections and diagnostics out. Connections are
// produced already sorted (sources and destinations are each visited in byte order), so a large
// list can be streamed to a formatter without being held or sorted in memory.
import type { K8sObject } from '../kit/k8s/facts.js';
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

export interface ConnlistAnalysis {
  analysis: ConnAnalysis;
  diagnostics: NetpolDiagnostic[];
  /** workload peers analysed */
  peerCount: number;
}

export interface ConnlistResult {
  conns: Connection[];
  diagnostics: NetpolDiagnostic[];
  peerCount: number;
}

export function analyzeObjects(objects: readonly K8sObject[], opts: ConnlistOptions = {}): ConnlistAnalysis {
  const model = buildModel(splitObjects(objects), opts.groupBy ? { groupBy: opts.groupBy } : {});
  return { analysis: analyze(model), diagnostics: model.diagnostics, peerCount: model.peers.length };
}

export function connlistFromObjects(objects: readonly K8sObject[], opts: ConnlistOptions = {}): ConnlistResult {
  const { analysis, diagnostics, peerCount } = analyzeObjects(objects, opts);
  return { conns: connections(analysis), diagnostics, peerCount };
}

export function connlist(input: NetpolInput, opts: ConnlistOptions = {}): ConnlistResult {
  const model = buildModel(input, opts.groupBy ? { groupBy: opts.groupBy } : {});
  return { conns: connections(analyze(model)), diagnostics: model.diagnostics, peerCount: model.peers.length };
}

/** All allowed connections, sorted by SRC then DST as byte strings. */
export function connections(a: ConnAnalysis): Connection[] {
  const out: Connection[] = [];
  forEachConnection(a, (src, dst, conn) => out.push({ src, dst, conn }));
  return out;
}

/** An end of a connection: a workload peer (index into model.peers) or an external atom. */
interface End {
  name: string;
  peer: number; // -1 for external
  atom: number; // -1 for a workload
}

const byName = (x: End, y: End): number => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);

/** Visit every allowed connection in output order; nothing is accumulated. */
export function forEachConnection(a: ConnAnalysis, visit: (src: string, dst: string, conn: string) => void): void {
  const { model, table } = a;
  const peers = model.peers;
  if (peers.length === 0) return;
  const workloadEnds: End[] = peers.map((p, i) => ({ name: p.name, peer: i, atom: -1 }));
  const ext = (atoms: ConnAnalysis['srcAtoms']): End[] => atoms.map((r, i) => ({ name: `${formatRange(r)}[External]`, peer: -1, atom: i }));
  // External ranges sort as text ("100.…" < "11.…") and may interleave with digit-led namespaces.
  const sources = [...ext(a.srcAtoms), ...workloadEnds].sort(byName);
  const targets = [...ext(a.dstAtoms), ...workloadEnds].sort(byName);
  for (const src of sources) {
    if (src.peer < 0) {
      for (const dst of targets) {
        if (dst.peer < 0) continue; // External => External is not listed
        const c = fromExternal(a, src.atom, a.classOfPeer[dst.peer]!);
        if (c !== ConnTable.NONE) visit(src.name, dst.name, table.text(c));
      }
      continue;
    }
    const sc = a.classOfPeer[src.peer]!;
    for (const dst of targets) {
      if (dst.peer === src.peer) continue;
      const c = dst.peer < 0 ? toExternal(a, sc, dst.atom) : classConn(a, sc, a.classOfPeer[dst.peer]!);
      if (c !== ConnTable.NONE) visit(src.name, dst.name, table.text(c));
    }
  }
}
