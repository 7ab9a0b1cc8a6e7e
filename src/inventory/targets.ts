// Targets from command-line flags (CONTRACT.md "Targets"). No flag, or --local, is this machine.
import { accessSync, constants, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import type { TargetSpec } from '../kinds/types.js';
import { UsageError } from '../engine/errors.js';
import { loadInventory } from './load.js';
import { parseSshDestination } from '../transports/ssh-destination.js';

export { parseSshDestination };

export interface TargetFlags {
  local?: boolean;
  root?: string;
  inventory?: string;
  kube?: boolean;
  kubeconfig?: string;
  context?: string;
  manifests?: string[];
  ssh?: string[];
  identity?: string;
  knownHosts?: string;
  sshAcceptNew?: boolean;
  winrm?: string[];
}

/** True when any flag names a target; otherwise the scan audits this machine. */
export const namesTargets = (f: TargetFlags): boolean =>
  !!(f.local || f.root || f.inventory || f.kube || f.kubeconfig || f.context || f.manifests?.length || f.ssh?.length || f.winrm?.length);

function mustRead(path: string, what: string, dir: boolean | undefined): string {
  const abs = resolve(path);
  let st;
  try {
    st = statSync(abs);
    accessSync(abs, constants.R_OK);
  } catch (err) {
    throw new UsageError(`cannot read ${what} ${path}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  if (dir === true && !st.isDirectory()) throw new UsageError(`${what} ${path} is not a folder`);
  if (dir === false && st.isDirectory()) throw new UsageError(`${what} ${path} is a folder, not a file`);
  return abs;
}

export const localTarget = (): TargetSpec => {
  const host = hostname();
  return { id: `linux:local:${host}`, kind: 'linux', name: host, options: { transport: 'local' } };
};


function winrmTarget(url: string): TargetSpec {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new UsageError(`bad --winrm URL "${url}" (expected https://host:5986)`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new UsageError(`bad --winrm URL "${url}" (expected https://host:5986)`);
  const address = `${u.protocol}//${u.host}`;
  return { id: `windows:${u.host}`, kind: 'windows', name: u.hostname, address, options: { transport: 'winrm' as never } };
}

/** Every target the flags name, in a stable order (sorted by id); a duplicate id is a usage error. */
export function buildTargets(f: TargetFlags): { targets: TargetSpec[]; warnings: string[] } {
  const targets: TargetSpec[] = [];
  const warnings: string[] = [];
  if (f.local || !namesTargets(f)) targets.push(localTarget());
  if (f.root) {
    const root = mustRead(f.root, '--root folder', true);
    targets.push({ id: `linux:root:${root}`, kind: 'linux', name: root, options: { root } });
  }
  if (f.manifests?.length) {
    const manifests = f.manifests.map((p) => mustRead(p, 'manifests path', undefined));
    targets.push({ id: 'kubernetes:manifests', kind: 'kubernetes', name: 'manifests', options: { manifests } });
  }
  if (f.kube || f.kubeconfig || f.context) {
    const kubeconfig = f.kubeconfig ? mustRead(f.kubeconfig, 'kubeconfig', false) : undefined;
    const ctx = f.context ?? 'current';
    targets.push({
      id: `kubernetes:${ctx}`,
      kind: 'kubernetes',
      name: ctx,
      options: { ...(kubeconfig ? { kubeconfig } : {}), ...(f.context ? { context: f.context } : {}) },
    });
  }
  const identity = f.identity ? mustRead(f.identity, '--identity key', false) : undefined;
  for (const dest of f.ssh ?? []) {
    const d = parseSshDestination(dest);
    targets.push({
      id: `linux:ssh:${dest}`,
      kind: 'linux',
      name: d.host,
      address: d.host,
      options: { transport: 'ssh', ...(d.user ? { user: d.user } : {}), ...(d.port ? { port: d.port } : {}), ...(identity ? { credentials: { privateKey: { file: identity } } } : {}) },
    });
  }
  for (const url of f.winrm ?? []) targets.push(winrmTarget(url));
  if (f.inventory) {
    mustRead(f.inventory, 'inventory', false);
    const inv = loadInventory(f.inventory);
    targets.push(...inv.targets);
    warnings.push(...inv.warnings);
  }
  // host-key policy from the command line applies to every SSH target, inventory ones too
  const knownHosts = f.knownHosts ? resolve(f.knownHosts) : undefined;
  for (const t of targets) {
    if (t.options.transport !== 'ssh') continue;
    if (f.sshAcceptNew) t.options.acceptNewHostKey = true;
    if (knownHosts && t.options.knownHosts === undefined) t.options.knownHosts = knownHosts;
  }
  const seen = new Set<string>();
  for (const t of targets) {
    if (seen.has(t.id)) throw new UsageError(`target ${t.id} is named twice`);
    seen.add(t.id);
  }
  return { targets: sortById(targets), warnings };
}

export const sortById = <T extends { id: string }>(list: readonly T[]): T[] => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export interface Shard {
  index: number;
  count: number;
}

/** `--shard I/N`, 1-based: I in 1..N. */
export function parseShard(value: string): Shard {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(value.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`bad --shard "${value}" (expected I/N with 1 <= I <= N)`);
  return { index, count };
}
