import { Command } from 'commander';
import { UsageError } from '../engine/errors.js';
import { runAction } from './run-action.js';

// Placeholder until the command is implemented.
export const scanCommand = (): Command =>
  new Command('scan').description('(not implemented yet)').action(
    runAction(async () => {
      throw new UsageError('scan: not implemented yet');
    }),
  );
