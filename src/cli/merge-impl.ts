import { mergeReports } from '../report/merge.js';
import { emitReport } from '../report/output.js';
import { loadReport } from '../report/validate.js';
import type { ExitCode } from './run-action.js';

export interface MergeOptions {
  output?: string;
}

export async function mergeCommandImpl(paths: readonly string[], opts: MergeOptions): Promise<ExitCode> {
  const reports = [];
  for (const p of paths) reports.push(await loadReport(p));
  await emitReport(mergeReports(reports), ['json'], { output: opts.output });
  return 0;
}
