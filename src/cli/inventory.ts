import { Command } from 'commander';
import { runAction } from './run-action.js';

export const inventoryCommand = (): Command => {
  const cmd = new Command('inventory').description('Check or print an inventory file');
  cmd
    .command('validate')
    .description('Validate an inventory file (exit 0, or exit 2 with one line naming the problem)')
    .argument('<file>')
    .action(
      runAction(async (file: string) => {
        const { validateInventoryFile } = await import('./inventory-impl.js');
        return validateInventoryFile(file);
      }),
    );
  cmd
    .command('example')
    .description('Print a commented example inventory')
    .action(
      runAction(async () => {
        const { printExample } = await import('./inventory-impl.js');
        return printExample();
      }),
    );
  return cmd;
};
