import { Command } from 'commander';
import { UsageError } from '../engine/errors.js';
import { runAction } from './run-action.js';

// Placeholder until the command is implemented.
export const diffCommand = (): Command =>
  new Command('diff').description('(not implemented yet)').action(
    runAction(async () => {
      throw new UsageError('diff: not implemented yet');
    }),
  );
