import { Command } from 'commander';
import { UsageError } from '../engine/errors.js';
import { runAction } from './run-action.js';

// Placeholder until the command is implemented.
export const inventoryCommand = (): Command =>
  new Command('inventory').description('(not implemented yet)').action(
    runAction(async () => {
      throw new UsageError('inventory: not implemented yet');
    }),
  );
