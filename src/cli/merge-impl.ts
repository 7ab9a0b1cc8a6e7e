import { readFile } from 'node:fs/promises';
import { UsageError } from '../engine/errors.js';
import { mergeConflict, mergeReports } from '../report/merge.js';
import { emitReport } from '../report/output.js';
import { loadReport } from '../report/validate.js';
import type { ExitCode } from './run-action.js';

export interface MergeOptions {
  output?: string;
  /** `--history` alone is true: the default SQLite file */
  history?: string | boolean;
}

interface Claimed {
  schemaVersion?: unknown;
  score?: { formulaVersion?: unknown };
}

/**
 * The versions a file claims, read before validation (the schema pins both), so that reports of
 * another version are refused as such rather than as malformed.
 */
async function claimed(path: string): Promise<Claimed> {
  try {
    return (JSON.parse(await readFile(path, 'utf8')) as Claimed | null) ?? {};
  } catch {
    return {}; // unreadable or not JSON: loadReport says why
  }
}

function versionConflict(paths: readonly string[], all: readonly Claimed[]): string | undefined {
  // [what a report claims, how the first is said, how the odd one is said]
  const rules: [(c: Claimed) => unknown, (v: unknown) => string, (v: unknown) => string][] = [
    [(c) => c.schemaVersion, (v) => `has report schema version ${String(v)}`, (v) => `has ${String(v)}`],
    [(c) => c.score?.formulaVersion, (v) => `was scored with formula version ${String(v)}`, (v) => `with ${String(v)}`],
  ];
  for (const [get, sayFirst, sayOdd] of rules) {
    const first = get(all[0]!);
    const odd = all.findIndex((c) => first !== undefined && get(c) !== undefined && get(c) !== first);
    if (odd > 0) return `cannot merge: ${paths[0]} ${sayFirst(first)}, ${paths[odd]} ${sayOdd(get(all[odd]!))}`;
  }
  return undefined;
}

export async function mergeCommandImpl(paths: readonly string[], opts: MergeOptions): Promise<ExitCode> {
  const historyLoc = opts.history !== undefined ? (await import('../history/open.js')).historyLocation(opts.history) : undefined;
  const versions = versionConflict(paths, await Promise.all(paths.map(claimed)));
  if (versions) throw new UsageError(versions);
  const reports = [];
  for (const p of paths) reports.push(await loadReport(p));
  const conflict = mergeConflict(reports.map((report, i) => ({ name: paths[i]!, report })));
  if (conflict) throw new UsageError(conflict);
  const merged = mergeReports(reports);
  const recorded = historyLoc ? await (await import('./history-record.js')).recordInHistory(historyLoc, merged, false) : undefined;
  await emitReport(merged, ['json'], { output: opts.output });
  if (recorded?.error) {
    process.stderr.write(`ztaudit: history: ${recorded.error}\n`);
    return 2;
  }
  return 0;
}
