import { Command } from 'commander';
import { runAction } from './run-action.js';
import { addTargetOptions } from './target-options.js';
import type { CollectCliOptions } from './collect-impl.js';

export const collectCommand = (): Command => {
  const cmd = new Command('collect').description('Collect facts only and write a facts snapshot (no evaluation)');
  addTargetOptions(cmd, false)
    .option('-o, --output <file>', 'write the snapshot here (default: stdout)')
    .action(
      runAction(async (opts: CollectCliOptions) => {
        const { collect } = await import('./collect-impl.js');
        return collect(opts);
      }),
    );
  return cmd;
};
