import { Command } from 'commander';
import { runAction } from './run-action.js';
import type { AddTargetOptions } from './target-options.js';
import type { CollectCliOptions } from './collect-impl.js';

/** With `targetOptions` undefined, the command without its target flags (see main.ts). */
export const collectCommand = (targetOptions?: AddTargetOptions): Command => {
  const cmd = new Command('collect').description('Collect facts only and write a facts snapshot (no evaluation)');
  targetOptions?.(cmd, false);
  cmd
    .option('-o, --output <file>', 'write the snapshot here (default: stdout)')
    .action(
      runAction(async (opts: CollectCliOptions) => {
        const { collect } = await import('./collect-impl.js');
        return collect(opts);
      }),
    );
  return cmd;
};
