// NVIDIA GPUs are a facet of a Linux host: one section of the host script (nvidia-smi and the
// driver stack around it), composed only when a selected check reads a gpu.* fact, and the
// advisory table the driver and toolkit are judged against, read from the package (or from
// --gpu-advisories FILE) with no network request.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../engine/paths.js';
import { notApplicableFact, ok, unavailable } from '../../engine/types.js';
import { buildTable, rowsForBranch } from '../../kit/gpu/advisories.js';
import type { NvidiaSmiFacts } from '../../kit/gpu/facts.js';
import type { ApiProvider, ShellProvider } from '../types.js';
import { guard } from '../shell/guard.js';
import { parseGpuSection } from './parse.js';
import { GPU_SECTION } from './section.js';

export const GPU_NVIDIA_PROVIDER: ShellProvider = {
  type: 'shell',
  id: 'gpu.nvidia',
  kinds: ['linux'],
  facet: 'gpu',
  facts: ['gpu.nvidia', 'gpu.host'],
  sections: { gpu: GPU_SECTION },
  parse: (get, ctx) => {
    const both = guard('gpu', get('gpu'), (s) => ok(parseGpuSection(s, ctx.mode)));
    if (!both.ok) return { 'gpu.nvidia': both, 'gpu.host': both };
    return { 'gpu.nvidia': both.value.nvidia, 'gpu.host': both.value.host };
  },
};

/** The advisory table shipped in the package. */
export const BUILTIN_ADVISORIES = join(packageRoot, 'data', 'nvidia', 'advisories.csv');

export const GPU_ADVISORIES_PROVIDER: ApiProvider = {
  type: 'api',
  id: 'gpu.advisories',
  kinds: ['linux', 'kubernetes'],
  facet: 'gpu',
  facts: ['gpu.advisories'],
  async collect(target, _transport, ctx) {
    // a host without an NVIDIA GPU carries no table (keeps a fleet's snapshot small)
    const nvidia = ctx.facts?.['gpu.nvidia'];
    const host = ctx.facts?.['gpu.host'];
    if (target.kind === 'linux' && nvidia && host && !nvidia.ok && nvidia.notApplicable && !host.ok && host.notApplicable) {
      return { facts: { 'gpu.advisories': notApplicableFact(nvidia.reason) } };
    }
    const file = typeof target.options.gpuAdvisories === 'string' && target.options.gpuAdvisories !== '' ? target.options.gpuAdvisories : undefined;
    const path = file ?? BUILTIN_ADVISORIES;
    try {
      const table = buildTable(readFileSync(path, 'utf8'), file ?? 'built-in', new Date());
      ctx.log(`gpu advisories: ${table.rows.length} rows from ${table.source}, dated ${table.date}`);
      // a host's snapshot carries the rows its own driver branch is judged by, not the whole table
      // (a cluster is judged on its operator, plugin and toolkit images: no driver rows)
      const branch = nvidia?.ok ? (nvidia.value as NvidiaSmiFacts).branch : null;
      const rows = target.kind === 'kubernetes' ? table.rows.filter((r) => r.component !== 'driver') : branch ? rowsForBranch(table.rows, branch) : table.rows;
      return { facts: { 'gpu.advisories': ok({ ...table, rows }) } };
    } catch (err) {
      return { facts: { 'gpu.advisories': unavailable(`cannot read the GPU advisory table ${path}: ${(err as Error).message}`) } };
    }
  },
};
