import { Command } from 'commander';
import { runAction } from './run-action.js';
import type { MergeOptions } from './merge-impl.js';

export const mergeCommand = (): Command =>
  new Command('merge')
    .description('Merge shard JSON reports into one report (scores recomputed)')
    .argument('<reports...>', 'JSON reports to merge')
    .option('-o, --output <file>', 'write the merged JSON report here (default stdout)')
    .option('--history [path|url]', 'record the merged scan: an SQLite file (default $XDG_STATE_HOME/ztaudit/history.db) or a postgres:// URL')
    .action(
      runAction(async (paths: string[], opts: MergeOptions) => {
        const { mergeCommandImpl } = await import('./merge-impl.js');
        return mergeCommandImpl(paths, opts);
      }),
    );
