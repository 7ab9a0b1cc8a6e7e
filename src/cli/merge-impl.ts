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

/** The schemaVersion a file claims, read before validation, so that "2 beside 1" is said as such. */
async function claimedSchemaVersion(path: string): Promise<unknown> {
  try {
    return (JSON.parse(await readFile(path, 'utf8')) as { schemaVersion?: unknown })?.schemaVersion;
  } catch {
    return undefined; // unreadable or not JSON: loadReport says why
  }
}

export async function mergeCommandImpl(paths: readonly string[], opts: MergeOptions): Promise<ExitCode> {
  const historyLoc = opts.history !== undefined ? (await import('../history/open.js')).historyLocation(opts.history) : undefined;
  const claimed = await Promise.all(paths.map(claimedSchemaVersion));
  const odd = claimed.findIndex((v) => v !== undefined && claimed[0] !== undefined && v !== claimed[0]);
  if (odd > 0) throw new UsageError(`cannot merge: ${paths[0]} has report schema version ${String(claimed[0])}, ${paths[odd]} has ${String(claimed[odd])}`);
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
