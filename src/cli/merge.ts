import { Command } from 'commander';
import { UsageError } from '../engine/errors.js';
import { runAction } from './run-action.js';

// Placeholder until the command is implemented.
export const mergeCommand = (): Command =>
  new Command('merge').description('(not implemented yet)').action(
    runAction(async () => {
      throw new UsageError('merge: not implemented yet');
    }),
  );
