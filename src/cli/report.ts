import { Command } from 'commander';
import { UsageError } from '../engine/errors.js';
import { runAction } from './run-action.js';

// Placeholder until the command is implemented.
export const reportCommand = (): Command =>
  new Command('report').description('(not implemented yet)').action(
    runAction(async () => {
      throw new UsageError('report: not implemented yet');
    }),
  );
