// Port sets as sorted interval lists, and connection sets (one port set per protocol) interned to
// small integer ids, so the analyser stores and combines ids instead of objects: a union or an
// intersection of two ids is computed once and cached.

export const PROTOCOLS = ['SCTP', 'TCP', 'UDP'] as const; // the output order (alphabetical)
export type Protocol = (typeof PROTOCOLS)[number];
export const MIN_PORT = 1;
export const MAX_PORT = 65535;

/** [start1, end1, start2, end2, ...], sorted, disjoint, non-adjacent, inclusive ends. */
export type PortRanges = readonly number[];

export const ALL_PORTS: PortRanges = [MIN_PORT, MAX_PORT];

/** Merge possibly overlapping/adjacent ranges into canonical form. */
export function normalizeRanges(pairs: readonly (readonly [number, number])[]): number[] {
  const sorted = [...pairs].filter(([a, b]) => a <= b).sort((x, y) => x[0] - y[0]);
  const out: number[] = [];
  for (const [a, b] of sorted) {
    const n = out.length;
    if (n > 0 && a <= out[n - 1]! + 1) {
      if (b > out[n - 1]!) out[n - 1] = b;
    } else out.push(a, b);
  }
  return out;
}

export function unionRanges(x: PortRanges, y: PortRanges): number[] {
  if (x.length === 0) return [...y];
  if (y.length === 0) return [...x];
  const pairs: [number, number][] = [];
  for (let i = 0; i < x.length; i += 2) pairs.push([x[i]!, x[i + 1]!]);
  for (let i = 0; i < y.length; i += 2) pairs.push([y[i]!, y[i + 1]!]);
  return normalizeRanges(pairs);
}

export function intersectRanges(x: PortRanges, y: PortRanges): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const lo = Math.max(x[i]!, y[j]!);
    const hi = Math.min(x[i + 1]!, y[j + 1]!);
    if (lo <= hi) out.push(lo, hi);
    if (x[i + 1]! < y[j + 1]!) i += 2;
    else j += 2;
  }
  return out;
}

/** Allowed ports per protocol, in PROTOCOLS order. */
export type ConnSet = readonly [PortRanges, PortRanges, PortRanges];

export const protoIndex = (p: Protocol): number => PROTOCOLS.indexOf(p);

const keyOf = (c: ConnSet): string => c.map((r) => r.join(',')).join('|');

/**
 * Interned connection sets. Id 0 is "nothing allowed", id 1 is "everything allowed".
 * One table per analysis run keeps ids small and caches bounded.
 */
export class ConnTable {
  static readonly NONE = 0;
  static readonly ALL = 1;
  private readonly sets: ConnSet[] = [];
  private readonly ids = new Map<string, number>();
  private readonly unions = new Map<number, number>();
  private readonly inters = new Map<number, number>();
  private readonly texts = new Map<number, string>();

  constructor() {
    this.intern([[], [], []]);
    this.intern([ALL_PORTS, ALL_PORTS, ALL_PORTS]);
  }

  intern(c: ConnSet): number {
    const k = keyOf(c);
    let id = this.ids.get(k);
    if (id === undefined) {
      id = this.sets.length;
      this.sets.push(c);
      this.ids.set(k, id);
    }
    return id;
  }

  get(id: number): ConnSet {
    return this.sets[id]!;
  }

  /** how many sets are interned (ids are 0 .. size - 1) */
  get size(): number {
    return this.sets.length;
  }

  union(a: number, b: number): number {
    if (a === b || b === ConnTable.NONE || a === ConnTable.ALL) return a;
    if (a === ConnTable.NONE || b === ConnTable.ALL) return b;
    const key = a < b ? a * 0x4000000 + b : b * 0x4000000 + a;
    let r = this.unions.get(key);
    if (r === undefined) {
      const x = this.get(a);
      const y = this.get(b);
      r = this.intern([unionRanges(x[0], y[0]), unionRanges(x[1], y[1]), unionRanges(x[2], y[2])]);
      this.unions.set(key, r);
    }
    return r;
  }

  intersect(a: number, b: number): number {
    if (a === b || b === ConnTable.ALL) return a;
    if (a === ConnTable.ALL) return b;
    if (a === ConnTable.NONE || b === ConnTable.NONE) return ConnTable.NONE;
    const key = a < b ? a * 0x4000000 + b : b * 0x4000000 + a;
    let r = this.inters.get(key);
    if (r === undefined) {
      const x = this.get(a);
      const y = this.get(b);
      r = this.intern([intersectRanges(x[0], y[0]), intersectRanges(x[1], y[1]), intersectRanges(x[2], y[2])]);
      this.inters.set(key, r);
    }
    return r;
  }

  /** netpol-analyzer's CONN text: `All Connections` or `SCTP 1,TCP 80,8080-8090,UDP 53`. */
  text(id: number): string {
    let t = this.texts.get(id);
    if (t === undefined) {
      t = id === ConnTable.ALL ? 'All Connections' : formatConn(this.get(id));
      this.texts.set(id, t);
    }
    return t;
  }
}

export function formatConn(c: ConnSet): string {
  const items: string[] = [];
  PROTOCOLS.forEach((p, i) => {
    const r = c[i]!;
    if (r.length === 0) return;
    const parts: string[] = [];
    for (let k = 0; k < r.length; k += 2) parts.push(r[k] === r[k + 1] ? String(r[k]) : `${r[k]}-${r[k + 1]}`);
    items.push(`${p} ${parts.join(',')}`);
  });
  return items.length === 0 ? 'No Connections' : items.join(',');
}
