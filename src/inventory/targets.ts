// Targets from command-line flags (docs/cli.md "Targets"): each kind turns its own options into
// targets (src/kinds/); no target option, or --local, is this machine.
import { resolve } from 'node:path';
import { KINDS } from '../kinds/registry.js';
import { localTarget } from '../kinds/linux.js';
import { mustRead } from '../kinds/read-path.js';
import type { TargetSpec } from '../kinds/types.js';
import { UsageError } from '../engine/errors.js';
import { loadInventory } from './load.js';
import { parseSshDestination } from '../transports/ssh-destination.js';

export { parseSshDestination, localTarget };

/** Option values of `scan`/`collect`: each kind's own (src/kinds/) plus the inventory. */
export interface TargetFlags {
  inventory?: string;
  sshAcceptNew?: boolean;
  knownHosts?: string;
  gpuAdvisories?: string;
  ca?: string;
  [option: string]: unknown;
}

/** True when any flag names a target; otherwise the scan audits this machine. */
export const namesTargets = (f: TargetFlags): boolean => !!f.inventory || Object.values(KINDS).some((k) => k.fromFlags(f).length > 0);

/** Every target the flags name, in a stable order (sorted by id); a duplicate id is a usage error. */
export function buildTargets(f: TargetFlags): { targets: TargetSpec[]; warnings: string[] } {
  const targets: TargetSpec[] = Object.values(KINDS).flatMap((k) => k.fromFlags(f));
  const warnings: string[] = [];
  if (targets.length === 0 && !f.inventory) targets.push(localTarget());
  if (f.inventory) {
    mustRead(f.inventory, 'inventory', false);
    const inv = loadInventory(f.inventory);
    targets.push(...inv.targets);
    warnings.push(...inv.warnings);
  }
  // host-key policy from the command line applies to every SSH target, inventory ones too
  const knownHosts = typeof f.knownHosts === 'string' && f.knownHosts ? resolve(f.knownHosts) : undefined;
  for (const t of targets) {
    if (t.options.transport !== 'ssh') continue;
    if (f.sshAcceptNew === true) t.options.acceptNewHostKey = true;
    if (knownHosts && t.options.knownHosts === undefined) t.options.knownHosts = knownHosts;
  }
  // --ca verifies every HTTPS target that names no CA of its own
  if (typeof f.ca === 'string' && f.ca) {
    const ca = mustRead(f.ca, '--ca file', false);
    for (const t of targets) if ((t.options.transport === 'winrm' || t.options.transport === 'https' || KINDS[t.kind].transports.includes('https')) && t.options.ca === undefined) t.options.ca = ca;
  }
  // the GPU advisory table from the command line applies to every Linux (and Kubernetes) target
  if (typeof f.gpuAdvisories === 'string' && f.gpuAdvisories) {
    const table = mustRead(f.gpuAdvisories, '--gpu-advisories table', false);
    for (const t of targets) if ((t.kind === 'linux' || t.kind === 'kubernetes') && t.options.gpuAdvisories === undefined) t.options.gpuAdvisories = table;
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
