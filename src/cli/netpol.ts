import { Command } from 'commander';
import { UsageError } from '../engine/errors.js';
import { runAction } from './run-action.js';

// Placeholder until the command is implemented.
export const netpolCommand = (): Command =>
  new Command('netpol').description('(not implemented yet)').action(
    runAction(async () => {
      throw new UsageError('netpol: not implemented yet');
    }),
  );
