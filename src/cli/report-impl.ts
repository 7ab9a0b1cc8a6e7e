import { parseFormats } from '../report/index.js';
import { emitReport } from '../report/output.js';
import { loadReport } from '../report/validate.js';
import type { ExitCode } from './run-action.js';

export interface ReportOptions {
  format?: string[];
  output?: string;
  color?: boolean;
}

export async function rerender(path: string, opts: ReportOptions): Promise<ExitCode> {
  const formats = parseFormats(opts.format);
  const report = await loadReport(path);
  await emitReport(report, formats, { output: opts.output, color: opts.color });
  return 0;
}
