import { parseFormats, parseGroupBy } from '../report/formats.js';
import { emitReport } from '../report/output.js';
import { loadReport } from '../report/validate.js';
import type { ExitCode } from './run-action.js';

export interface ReportOptions {
  format?: string[];
  output?: string;
  color?: boolean;
  groupBy?: string;
}

export async function rerender(path: string, opts: ReportOptions): Promise<ExitCode> {
  const formats = parseFormats(opts.format);
  const groupBy = parseGroupBy(opts.groupBy);
  const report = await loadReport(path);
  await emitReport(report, formats, { output: opts.output, color: opts.color, ...(groupBy ? { groupBy } : {}) });
  return 0;
}
