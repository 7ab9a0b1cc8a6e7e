import { Command } from 'commander';
import { UsageError } from '../engine/errors.js';
import { runAction } from './run-action.js';

// Placeholder until the command is implemented.
export const collectCommand = (): Command =>
  new Command('collect').description('(not implemented yet)').action(
    runAction(async () => {
      throw new UsageError('collect: not implemented yet');
    }),
  );
