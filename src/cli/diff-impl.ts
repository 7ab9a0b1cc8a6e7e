import { diffReports, renderDiffText } from '../report/diff.js';
import { loadReport } from '../report/validate.js';
import type { ExitCode } from './run-action.js';

export interface DiffOptions {
  format: 'table' | 'json';
}

/** Always exit 0: a diff reports movement, it is not a gate. */
export async function diffCommandImpl(oldPath: string, newPath: string, opts: DiffOptions): Promise<ExitCode> {
  const d = diffReports(await loadReport(oldPath), await loadReport(newPath));
  process.stdout.write(opts.format === 'json' ? `${JSON.stringify(d, null, 2)}\n` : renderDiffText(d));
  return 0;
}
