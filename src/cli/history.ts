import { Command } from 'commander';
import { runAction, splitList } from './run-action.js';
import type { HistoryCliOptions, TrendCliOptions } from './history-impl.js';

const HISTORY_FLAG = '--history [path|url]';
const HISTORY_HELP = 'the store: an SQLite file (default $XDG_STATE_HOME/ztaudit/history.db) or a postgres:// URL';

export const historyCommand = (): Command =>
  new Command('history')
    .description('The scans recorded with --history: when, targets, score, coverage, open failures by severity')
    .option(HISTORY_FLAG, HISTORY_HELP)
    .option('--json', 'print the scans as JSON')
    .action(
      runAction(async (opts: HistoryCliOptions) => {
        const { historyCommandImpl } = await import('./history-impl.js');
        return historyCommandImpl(opts);
      }),
    );

export const trendCommand = (): Command =>
  new Command('trend')
    .description('Score and coverage per pillar over the recorded scans (sparklines)')
    .option(HISTORY_FLAG, HISTORY_HELP)
    .option('--pillar <names>', 'only these pillars (comma-separated)', splitList)
    .option('--since <date>', 'only scans started on or after DATE (YYYY-MM-DD or ISO 8601)')
    .option('--json', 'print the trend points as JSON')
    .action(
      runAction(async (opts: TrendCliOptions) => {
        const { trendCommandImpl } = await import('./history-impl.js');
        return trendCommandImpl(opts);
      }),
    );
