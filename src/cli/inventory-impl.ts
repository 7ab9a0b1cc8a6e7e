// `ztaudit inventory validate FILE` / `inventory example`.
import { loadInventory } from '../inventory/load.js';
import { INVENTORY_EXAMPLE } from '../inventory/example.js';
import type { ExitCode } from './run-action.js';

export async function validateInventoryFile(file: string): Promise<ExitCode> {
  const { targets, warnings } = loadInventory(file);
  for (const w of warnings) process.stderr.write(`ztaudit: warning: ${w}\n`);
  process.stdout.write(`${file}: ok, ${targets.length} target${targets.length === 1 ? '' : 's'}\n`);
  return 0;
}

export async function printExample(): Promise<ExitCode> {
  process.stdout.write(INVENTORY_EXAMPLE);
  return 0;
}
