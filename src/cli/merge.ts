import { Command } from 'commander';
import { runAction } from './run-action.js';
import type { MergeOptions } from './merge-impl.js';

export const mergeCommand = (): Command =>
  new Command('merge')
    .description('Merge shard JSON reports into one report (scores recomputed)')
    .argument('<reports...>', 'JSON reports to merge')
    .option('-o, --output <file>', 'write the merged JSON report here (default stdout)')
    .action(
      runAction(async (paths: string[], opts: MergeOptions) => {
        const { mergeCommandImpl } = await import('./merge-impl.js');
        return mergeCommandImpl(paths, opts);
      }),
    );
