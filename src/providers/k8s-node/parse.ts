// The k8snode section (script.ts) to the linux.kubernetes-node fact: which Kubernetes node files
// exist on the host, with their modes and owners, and which could not be looked at. Pure and total.
import { ok, type Outcome } from '../../engine/types.js';
import { CONTROL_PLANE_ITEMS, ETCD_DATA_DIR_CANDIDATES, K8S_NODE_CANDIDATES, KUBELET_ITEMS, type K8sNodeItem } from '../../kit/k8s-node/paths.js';
import { attrs, type Section } from '../shell/sections.js';
import type { K8sNodeFacts, K8sNodeFile, ObserveMode } from '../../kit/linux/facts.js';

const TYPE_BITS = 0o170000;
const typeOf = (raw: number): K8sNodeFile['type'] => {
  const t = raw & TYPE_BITS;
  return t === 0o100000 ? 'file' : t === 0o040000 ? 'directory' : 'other';
};

interface RawStat {
  path: string;
  mode: number;
  uid: number;
  gid: number;
  user: string;
  group: string;
  type: K8sNodeFile['type'];
}

/** "MODE UID GID USER GROUP RAWHEX PATH" (stat -c '%a %u %g %U %G %f', then the path, which may hold spaces). */
export function parseKstatLine(line: string): RawStat | undefined {
  const m = /^([0-7]{1,4}) (\d+) (\d+) (\S+) (\S+) ([0-9a-fA-F]{1,8}) (\/.*)$/.exec(line);
  if (!m) return undefined;
  return {
    path: normalisePath(m[7] ?? ''),
    mode: parseInt(m[1] ?? '0', 8),
    uid: Number(m[2]),
    gid: Number(m[3]),
    user: m[4] ?? '',
    group: m[5] ?? '',
    type: typeOf(parseInt(m[6] ?? '0', 16)),
  };
}

/** One slash between components (some find implementations print "dir//file"). */
const normalisePath = (p: string): string => (p.length > 1 ? p.replace(/\/{2,}/g, '/').replace(/(.)\/$/, '$1') : p);

/** "ID NAME" lines from the image's passwd or group file. */
function idMap(lines: readonly string[]): Map<number, string> {
  const map = new Map<number, string>();
  for (const line of lines) {
    const m = /^(\d+) (\S+)$/.exec(line);
    // the first entry for an id wins, as getpwuid does
    if (m && !map.has(Number(m[1]))) map.set(Number(m[1]), m[2] ?? '');
  }
  return map;
}

/**
 * Owner names: live, stat resolved them through this machine's user database; offline that database
 * is the wrong one, so the image's passwd/group are used, and an id they lack stays a number.
 */
function ownerName(id: number, statName: string, mode: ObserveMode, map: Map<number, string>): string {
  if (mode === 'live') return statName === 'UNKNOWN' ? String(id) : statName;
  return map.get(id) ?? (id === 0 ? 'root' : String(id));
}

export function parseK8sNodeSection(section: Section, mode: ObserveMode): Outcome<K8sNodeFacts> {
  const users = idMap(attrs(section, 'kuser'));
  const groups = idMap(attrs(section, 'kgroup'));
  const byPath = new Map<string, K8sNodeFile>();
  for (const line of attrs(section, 'kstat')) {
    const s = parseKstatLine(line);
    if (!s || byPath.has(s.path)) continue;
    byPath.set(s.path, { path: s.path, mode: s.mode, uid: s.uid, gid: s.gid, owner: ownerName(s.uid, s.user, mode, users), group: ownerName(s.gid, s.group, mode, groups), type: s.type });
  }
  // "DIR/" (trailing slash) means the folder exists but its entries cannot be listed
  const denied = [...new Set(attrs(section, 'kdenied').filter((p) => p.startsWith('/')).map((p) => (p.length > 1 && p.endsWith('/') ? `${normalisePath(p)}/` : normalisePath(p))))];

  const exists = (p: string): boolean => byPath.has(p);
  const anyOf = (items: readonly K8sNodeItem[]): boolean => items.some((i) => K8S_NODE_CANDIDATES[i].some(exists));
  const role: K8sNodeFacts['role'] = anyOf(CONTROL_PLANE_ITEMS) ? 'control-plane' : anyOf(KUBELET_ITEMS) ? 'worker' : 'none';

  return ok({ role, files: [...byPath.values()], denied, etcdDataDir: etcdDataDir(section, byPath, denied), pkiTruncated: attrs(section, 'kpkitruncated').length > 0 });
}

/** The running etcd's --data-dir, else its manifest's, else the first default location that exists (or cannot be looked at). */
function etcdDataDir(section: Section, byPath: ReadonlyMap<string, K8sNodeFile>, denied: readonly string[]): K8sNodeFacts['etcdDataDir'] {
  for (const line of attrs(section, 'kdatadir')) {
    const m = /^(process|manifest) (\/.*)$/.exec(line);
    if (m) return { path: normalisePath(m[2] ?? ''), source: m[1] === 'process' ? 'etcd process' : 'etcd manifest' };
  }
  const found = ETCD_DATA_DIR_CANDIDATES.find((p) => byPath.get(p)?.type === 'directory' || denied.includes(p));
  return found ? { path: found, source: 'default location' } : null;
}
