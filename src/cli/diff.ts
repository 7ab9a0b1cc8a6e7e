import { Command, Option } from 'commander';
import { runAction } from './run-action.js';
import type { DiffOptions } from './diff-impl.js';

export const diffCommand = (): Command =>
  new Command('diff')
    .description('New, fixed and unchanged findings and score movement between two JSON reports')
    .argument('<old>', 'the earlier JSON report')
    .argument('<new>', 'the later JSON report')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(
      runAction(async (oldPath: string, newPath: string, opts: DiffOptions) => {
        const { diffCommandImpl } = await import('./diff-impl.js');
        return diffCommandImpl(oldPath, newPath, opts);
      }),
    );
