// IPv4 address ranges for ipBlock peers. The external address space is split into disjoint
// atoms at every CIDR and `except` boundary, so each atom is either wholly inside or wholly
// outside any ipBlock and one answer per atom is exact.

export const IPV4_MAX = 0xffffffff;

export interface IpRange {
  first: number;
  last: number;
}

export function parseIpv4(s: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return undefined;
  let v = 0;
  for (let i = 1; i <= 4; i++) {
    const o = Number(m[i]);
    if (o > 255) return undefined;
    v = v * 256 + o;
  }
  return v;
}

export type CidrParse = { ok: true; range: IpRange } | { ok: false; ipv6?: boolean; reason: string };

export function parseCidr(s: unknown): CidrParse {
  if (typeof s !== 'string') return { ok: false, reason: `invalid CIDR ${JSON.stringify(s)}` };
  const [addr, bits, ...rest] = s.trim().split('/');
  if (addr && addr.includes(':')) return { ok: false, ipv6: true, reason: `IPv6 CIDR ${s} is not analysed` };
  const base = addr === undefined ? undefined : parseIpv4(addr);
  const len = bits !== undefined && /^\d{1,2}$/.test(bits) ? Number(bits) : NaN;
  if (base === undefined || rest.length > 0 || !(len >= 0 && len <= 32)) return { ok: false, reason: `invalid CIDR "${s}"` };
  const size = 2 ** (32 - len);
  const first = Math.floor(base / size) * size;
  return { ok: true, range: { first, last: first + size - 1 } };
}

export const formatIpv4 = (v: number): string => `${Math.floor(v / 16777216) % 256}.${Math.floor(v / 65536) % 256}.${Math.floor(v / 256) % 256}.${v % 256}`;

export const formatRange = (r: IpRange): string => `${formatIpv4(r.first)}-${formatIpv4(r.last)}`;

/** Disjoint atoms covering 0.0.0.0-255.255.255.255, cut at every start and end+1 given. */
export function atomsFrom(ranges: readonly IpRange[]): IpRange[] {
  const cuts = new Set<number>([0]);
  for (const r of ranges) {
    cuts.add(r.first);
    if (r.last < IPV4_MAX) cuts.add(r.last + 1);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  return sorted.map((first, i) => ({ first, last: i + 1 < sorted.length ? sorted[i + 1]! - 1 : IPV4_MAX }));
}

/** Indices of the atoms inside `r` (atoms are sorted and cut at r's boundaries). */
export function atomsWithin(atoms: readonly IpRange[], r: IpRange): [number, number] {
  let lo = 0;
  let hi = atoms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (atoms[mid]!.first < r.first) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < atoms.length && atoms[end]!.last <= r.last) end++;
  return [lo, end];
}

/** The addresses of `range` minus `holes`, as sorted disjoint maximal intervals. */
export function subtractRanges(range: IpRange, holes: readonly IpRange[]): IpRange[] {
  const sorted = [...holes].sort((a, b) => a.first - b.first);
  const out: IpRange[] = [];
  let cur = range.first;
  for (const h of sorted) {
    if (h.last < cur) continue;
    if (h.first > range.last) break;
    if (h.first > cur) out.push({ first: cur, last: h.first - 1 });
    cur = Math.max(cur, h.last + 1);
  }
  if (cur <= range.last) out.push({ first: cur, last: range.last });
  return out;
}
