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

/**
 * Visit every allowed connection in output order; nothing is accumulated. What a source reaches
 * depends only on its peer class (or its external atom), so the reachable targets, in output order
 * with their connection ids, are listed once per run of sources of one class (sources sorted by
 * name keep a workload's pods together) and every source of the run walks that list only: the work
 * follows the connections listed, not sources x targets.
 */
export function forEachConnection(a: ConnAnalysis, visit: (src: string, dst: string, conn: string) => void): void {
  const { model, table } = a;
  const peers = model.peers;
  if (peers.length === 0) return;
  const workloadEnds: End[] = peers.map((p, i) => ({ name: p.name, peer: i, atom: -1 }));
  const ext = (atoms: ConnAnalysis['srcAtoms']): End[] => atoms.map((r, i) => ({ name: `${formatRange(r)}[External]`, peer: -1, atom: i }));
  // External ranges sort as text ("100.…" < "11.…") and may interleave with digit-led namespaces.
  const sources = [...ext(a.srcAtoms), ...workloadEnds].sort(byName);
  const targets = [...ext(a.dstAtoms), ...workloadEnds].sort(byName);
  const nClasses = a.classes.length;
  const targetClass = Int32Array.from(targets, (t) => (t.peer < 0 ? -1 : a.classOfPeer[t.peer]!));
  const byClass = new Int32Array(nClasses);
  const hitTarget = new Int32Array(targets.length);
  const hitConn = new Int32Array(targets.length);
  let hits = 0;
  let listed = ''; // "c<class>" or "a<atom>": whose list hitTarget/hitConn hold

  const listFor = (key: string, connToClass: (dc: number) => number, toAtom: ((atom: number) => number) | undefined): void => {
    if (key === listed) return;
    for (let dc = 0; dc < nClasses; dc++) byClass[dc] = connToClass(dc);
    hits = 0;
    for (let t = 0; t < targets.length; t++) {
      const dc = targetClass[t]!;
      // External => External is not listed
      const c = dc >= 0 ? byClass[dc]! : toAtom ? toAtom(targets[t]!.atom) : ConnTable.NONE;
      if (c === ConnTable.NONE) continue;
      hitTarget[hits] = t;
      hitConn[hits++] = c;
    }
    listed = key;
  };

  for (const src of sources) {
    if (src.peer < 0) listFor(`a${src.atom}`, (dc) => fromExternal(a, src.atom, dc), undefined);
    else {
      const sc = a.classOfPeer[src.peer]!;
      listFor(`c${sc}`, (dc) => classConn(a, sc, dc), (atom) => toExternal(a, sc, atom));
    }
    for (let k = 0; k < hits; k++) {
      const dst = targets[hitTarget[k]!]!;
      if (src.peer >= 0 && dst.peer === src.peer) continue;
      visit(src.name, dst.name, table.text(hitConn[k]!));
    }
  }
}
