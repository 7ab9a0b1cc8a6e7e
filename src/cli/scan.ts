import { Command } from 'commander';
import { repeat, runAction, splitList } from './run-action.js';
import type { AddTargetOptions } from './target-options.js';
import type { ScanCliOptions } from './scan-impl.js';

/** With `targetOptions` undefined, the command without its target flags (see main.ts). */
export const scanCommand = (targetOptions?: AddTargetOptions): Command => {
  const cmd = new Command('scan').description('Collect facts from targets, run checks, score, report, gate');
  targetOptions?.(cmd, true);
  cmd
    .option('--only <globs>', 'check ids to run (globs, comma-separated)', splitList)
    .option('--skip <globs>', 'check ids to leave out (globs, comma-separated)', splitList)
    .option('--pillar <names>', 'only checks of these pillars', splitList)
    .option('-f, --format <formats>', 'table,json,sarif,junit,html,markdown (one or more)', splitList)
    .option('-o, --output <path>', 'a file for one format; a folder for several')
    .option('--fail-on <severity>', 'exit 1 if an open failing result is at or above critical|high|medium|low')
    .option('--min-score <n>', 'exit 1 if the overall score is below N')
    .option('--min-coverage <n>', 'exit 3 if assessed coverage is below N percent')
    .option('--baseline <file>', 'a saved JSON report: mark results new/unchanged; gate on new ones only')
    .option('--exceptions <file>', 'accepted risks (YAML)')
    .option('--checks <path>', 'load an extra check pack (repeatable)', repeat)
    .option('--save-facts <file>', 'also write the collected facts snapshot')
    .option('--group-by <by>', 'how the table groups findings: pillar|target|check|severity (default pillar)')
    .option('--history [path|url]', 'record the scan: an SQLite file (default $XDG_STATE_HOME/ztaudit/history.db) or a postgres:// URL')
    .action(
      runAction(async (opts: ScanCliOptions) => {
        const { scan } = await import('./scan-impl.js');
        return scan(opts);
      }),
    );
  return cmd;
};
