// The evaluator: which connections NetworkPolicies allow between workload peers and external
// address ranges. Pods are grouped into equivalence classes (namespace, labels, named ports), so
// each selector is matched once per class, and per-direction rows of interned connection-set
// ids hold what each isolated class allows. A pair's connection is egress(src) ∩ ingress(dst).
import { atomsFrom, atomsWithin, subtractRanges, type IpRange } from './ip.js';
import { ConnTable, normalizeRanges, PROTOCOLS } from './ports.js';
import type { Labels } from './selectors.js';
import type { CompiledPolicy, CompiledRule, ContainerPort, NetpolModel, RulePeer, RulePorts } from './types.js';

export interface PeerClass {
  namespace: string;
  labels: Labels;
  ports: readonly ContainerPort[];
}

interface Direction {
  /** per class: isolated in this direction (some policy of this direction selects it) */
  isolated: Uint8Array;
  /** per isolated class: conn id per peer class (other end); 16-bit once built when every id fits */
  rows: (Int32Array | Uint16Array | undefined)[];
  /** per isolated class: conn id per external atom */
  atomRows: (Int32Array | undefined)[];
  /** per class: the policies of this direction that select it (indices into model.policies) */
  selectedBy: number[][];
}

export interface ConnAnalysis {
  model: NetpolModel;
  table: ConnTable;
  classes: PeerClass[];
  /** class index of each model peer */
  classOfPeer: Int32Array;
  /** external atoms seen as sources (cut by ingress ipBlocks) and as destinations (egress) */
  srcAtoms: IpRange[];
  dstAtoms: IpRange[];
  ingress: Direction;
  egress: Direction;
}

const classKey = (ns: string, labels: Labels, ports: readonly ContainerPort[]): string =>
  `${ns}\u0000${Object.keys(labels)
    .sort()
    .map((k) => `${k}=${labels[k]}`)
    .join('\u0001')}\u0000${ports.map((p) => `${p.name ?? ''}/${p.protocol}/${p.port}`).join(',')}`;

export function analyze(model: NetpolModel): ConnAnalysis {
  const table = new ConnTable();
  const classes: PeerClass[] = [];
  const classIds = new Map<string, number>();
  const classOfPeer = new Int32Array(model.peers.length);
  model.peers.forEach((p, i) => {
    const key = classKey(p.namespace, p.labels, p.ports);
    let id = classIds.get(key);
    if (id === undefined) {
      id = classes.length;
      classes.push({ namespace: p.namespace, labels: p.labels, ports: p.ports });
      classIds.set(key, id);
    }
    classOfPeer[i] = id;
  });
  const classesByNs = new Map<string, number[]>();
  classes.forEach((c, i) => {
    const list = classesByNs.get(c.namespace);
    if (list) list.push(i);
    else classesByNs.set(c.namespace, [i]);
  });

  const ipRangesOf = (dir: 'ingress' | 'egress'): IpRange[] => {
    const out: IpRange[] = [];
    for (const pol of model.policies)
      // cut at the boundaries of each block's address set (cidr minus except, merged), as the peer does
      for (const r of pol[dir] ?? []) for (const p of r.peers ?? []) if (p.type === 'ip') out.push(...subtractRanges(p.range, p.except));
    return out;
  };
  const srcAtoms = atomsFrom(ipRangesOf('ingress'));
  const dstAtoms = atomsFrom(ipRangesOf('egress'));

  // Rule peers to class sets, matched once per distinct selector pair.
  const peerSetCache = new Map<string, Int32Array>();
  const classesOfPeer = (peer: Extract<RulePeer, { type: 'pods' }>, policyNs: string): Int32Array => {
    let set = peerSetCache.get(peer.key);
    if (set) return set;
    const out: number[] = [];
    const nsList = peer.nsMatch ? [...model.namespaces.values()].filter((ns) => peer.nsMatch!(ns.labels)).map((ns) => ns.name) : [policyNs];
    for (const ns of nsList) for (const c of classesByNs.get(ns) ?? []) if (peer.podSelectorEmpty || peer.podMatch(classes[c]!.labels)) out.push(c);
    set = Int32Array.from(out);
    peerSetCache.set(peer.key, set);
    return set;
  };
  const atomSetCache = new Map<RulePeer, Int32Array>();
  const atomsOfPeer = (peer: Extract<RulePeer, { type: 'ip' }>, atoms: IpRange[]): Int32Array => {
    let set = atomSetCache.get(peer);
    if (set) return set;
    const out: number[] = [];
    for (const part of subtractRanges(peer.range, peer.except)) {
      const [a, b] = atomsWithin(atoms, part);
      for (let i = a; i < b; i++) out.push(i);
    }
    set = Int32Array.from(out);
    atomSetCache.set(peer, set);
    return set;
  };

  // Rule ports to conn ids: the numeric part once per rule, named ports per destination class.
  const numericCache = new Map<RulePorts, number>();
  const numericConn = (ports: RulePorts): number => {
    if (ports.all) return ConnTable.ALL;
    let id = numericCache.get(ports);
    if (id === undefined) {
      id = table.intern([normalizeRanges(ports.numeric[0]!), normalizeRanges(ports.numeric[1]!), normalizeRanges(ports.numeric[2]!)]);
      numericCache.set(ports, id);
    }
    return id;
  };
  // per rule's ports, the conn id on each class (-1: not yet resolved); an array, not string keys:
  // this runs rules x classes times on a large cluster
  const namedCache = new Map<RulePorts, Int32Array>();
  const portsOn = (ports: RulePorts, cls: number): number => {
    const base = numericConn(ports);
    if (ports.named.length === 0) return base;
    let perClass = namedCache.get(ports);
    if (!perClass) {
      perClass = new Int32Array(classes.length).fill(-1);
      namedCache.set(ports, perClass);
    }
    let id = perClass[cls]!;
    if (id < 0) {
      const extra: [number, number][][] = [[], [], []];
      for (const n of ports.named)
        for (const cp of classes[cls]!.ports) if (cp.name === n.name && cp.protocol === n.protocol) extra[PROTOCOLS.indexOf(n.protocol)]!.push([cp.port, cp.port]);
      id = table.union(base, table.intern([normalizeRanges(extra[0]!), normalizeRanges(extra[1]!), normalizeRanges(extra[2]!)]));
      perClass[cls] = id;
    }
    return id;
  };

  const nC = classes.length;
  const direction = (dir: 'ingress' | 'egress'): Direction => {
    const atoms = dir === 'ingress' ? srcAtoms : dstAtoms;
    const d: Direction = { isolated: new Uint8Array(nC), rows: new Array(nC), atomRows: new Array(nC), selectedBy: Array.from({ length: nC }, () => []) };
    // classes x classes ids: on a large cluster (10,000 classes) 400 MB a direction in 32 bits.
    // Rows are built in 16 bits and widened, all of them once, only when an id outgrows that: a
    // 32-bit copy of every row besides the 16-bit one was the largest allocation of a 50,000-pod scan.
    const scratch = new Int32Array(nC);
    const touched = new Int32Array(nC);
    let touchedCount = 0;
    let wide = false;
    const widen = (): void => {
      wide = true;
      for (let c = 0; c < nC; c++) if (d.rows[c]) d.rows[c] = Int32Array.from(d.rows[c]!);
    };
    model.policies.forEach((pol: CompiledPolicy, pi) => {
      const rules = pol[dir];
      if (!rules) return;
      const selected = (classesByNs.get(pol.namespace) ?? []).filter((c) => pol.podSelectorEmpty || pol.podMatch(classes[c]!.labels));
      // What a policy allows its classes is the same for each of them unless an ingress rule names
      // ports (they resolve on the selected class): then it is worked out once, in a scratch row,
      // and merged into each selected class's row where it allows something.
      const shared = selected.length > 1 && !(dir === 'ingress' && rules.some((r) => r.ports.named.length > 0));
      if (shared) policyRow(rules, pol);
      for (const c of selected) {
        d.isolated[c] = 1;
        d.selectedBy[c]!.push(pi);
        d.rows[c] ??= wide ? new Int32Array(nC) : new Uint16Array(nC);
        const atomRow = (d.atomRows[c] ??= new Int32Array(atoms.length));
        if (shared) {
          mergeScratch(c);
          for (const rule of rules) applyRule(rule, pol, c, atomRow, false);
        } else for (const rule of rules) applyRule(rule, pol, c, atomRow, true);
      }
    });
    return d;

    /** scratch[t] |= conn for the rule's targets, remembering which targets were touched. */
    function policyRow(rules: readonly CompiledRule[], pol: CompiledPolicy): void {
      for (let k = 0; k < touchedCount; k++) scratch[touched[k]!] = ConnTable.NONE;
      touchedCount = 0;
      const add = (targets: Int32Array | undefined, fixed: number, ports: RulePorts): void => {
        const n = targets ? targets.length : nC;
        for (let i = 0; i < n; i++) {
          const t = targets ? targets[i]! : i;
          const conn = fixed >= 0 ? fixed : portsOn(ports, t);
          if (conn === ConnTable.NONE) continue;
          const was = scratch[t]!;
          if (was === ConnTable.NONE) touched[touchedCount++] = t;
          scratch[t] = table.union(was, conn);
        }
      };
      for (const rule of rules) {
        // no named ingress ports here, so the conn does not depend on the selected class
        const fixed = dir === 'ingress' || rule.ports.named.length === 0 ? numericConn(rule.ports) : -1;
        if (!rule.peers) add(undefined, fixed, rule.ports);
        else for (const peer of rule.peers) if (peer.type === 'pods') add(classesOfPeer(peer, pol.namespace), fixed, rule.ports);
      }
    }

    /** row[c] |= scratch, over the touched targets only. */
    function mergeScratch(c: number): void {
      let row = d.rows[c]!;
      for (let k = 0; k < touchedCount; k++) {
        const t = touched[k]!;
        const was = row[t]!;
        const now = table.union(was, scratch[t]!);
        if (now === was) continue;
        if (now > 0xffff && !wide) {
          widen();
          row = d.rows[c]!;
        }
        row[t] = now;
      }
    }

    /** row[t] |= conn for each target class (all of them when `targets` is undefined). */
    function addClasses(c: number, targets: Int32Array | undefined, fixed: number, ports: RulePorts): void {
      let row = d.rows[c]!;
      const n = targets ? targets.length : nC;
      // plain loops, no closure per rule: this runs rules x selected classes x target classes times
      for (let i = 0; i < n; i++) {
        const t = targets ? targets[i]! : i;
        const conn = fixed >= 0 ? fixed : portsOn(ports, t);
        if (conn === ConnTable.NONE) continue;
        const was = row[t]!;
        const now = table.union(was, conn);
        if (now === was) continue;
        if (now > 0xffff && !wide) {
          widen();
          row = d.rows[c]!;
        }
        row[t] = now;
      }
    }

    function applyRule(rule: CompiledRule, pol: CompiledPolicy, c: number, atomRow: Int32Array, withClasses: boolean): void {
      // ingress: named ports resolve on the selected (destination) class; egress: on each target
      const fixed = dir === 'ingress' ? portsOn(rule.ports, c) : rule.ports.named.length === 0 ? numericConn(rule.ports) : -1;
      // named ports never match an external address
      const external = dir === 'ingress' ? fixed : numericConn(rule.ports);
      const addAtom = (a: number): void => {
        if (external !== ConnTable.NONE) atomRow[a] = table.union(atomRow[a]!, external);
      };
      if (!rule.peers) {
        if (withClasses) addClasses(c, undefined, fixed, rule.ports);
        for (let a = 0; a < atoms.length; a++) addAtom(a);
        return;
      }
      for (const peer of rule.peers) {
        if (peer.type === 'pods') {
          if (withClasses) addClasses(c, classesOfPeer(peer, pol.namespace), fixed, rule.ports);
        } else for (const a of atomsOfPeer(peer, atoms)) addAtom(a);
      }
    }
  };

  return { model, table, classes, classOfPeer, srcAtoms, dstAtoms, ingress: direction('ingress'), egress: direction('egress') };
}

/** Allowed from peer class `s` to peer class `d` (egress of s ∩ ingress of d). */
export function classConn(a: ConnAnalysis, s: number, d: number): number {
  const eg = a.egress.isolated[s] ? a.egress.rows[s]![d]! : ConnTable.ALL;
  if (eg === ConnTable.NONE) return eg;
  const ing = a.ingress.isolated[d] ? a.ingress.rows[d]![s]! : ConnTable.ALL;
  return a.table.intersect(eg, ing);
}

/** Allowed from source atom `i` (a.srcAtoms) into class `d`. */
export function fromExternal(a: ConnAnalysis, i: number, d: number): number {
  return a.ingress.isolated[d] ? a.ingress.atomRows[d]![i]! : ConnTable.ALL;
}

/** Allowed from class `s` out to destination atom `i` (a.dstAtoms). */
export function toExternal(a: ConnAnalysis, s: number, i: number): number {
  return a.egress.isolated[s] ? a.egress.atomRows[s]![i]! : ConnTable.ALL;
}
