import { Command } from 'commander';
import { runAction, splitList } from './run-action.js';
import type { ReportOptions } from './report-impl.js';

export const reportCommand = (): Command =>
  new Command('report')
    .description('Re-render a saved JSON report in other formats')
    .argument('<report>', 'a JSON report written by `ztaudit scan -f json`')
    .option('-f, --format <formats>', 'table,json,sarif,junit,markdown,html (default table)', splitList)
    .option('-o, --output <path>', 'a file for one format; a folder for several (report.json, report.sarif, ...)')
    .option('--no-color', 'no colour in table output (NO_COLOR is honoured too)')
    .option('--group-by <by>', 'how the table groups findings: pillar|target|check|severity (default pillar)')
    .action(
      runAction(async (path: string, opts: ReportOptions) => {
        const { rerender } = await import('./report-impl.js');
        return rerender(path, opts);
      }),
    );
