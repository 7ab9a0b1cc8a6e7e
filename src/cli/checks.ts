import { Command } from 'commander';
import { runAction, splitList } from './run-action.js';
import type { ChecksListOptions } from './checks-impl.js';

export const checksCommand = (): Command => {
  const cmd = new Command('checks').description('The check catalogue');
  cmd
    .command('list')
    .description('List the checks (id, severity, pillar, stage, target kinds)')
    .option('--json', 'print JSON')
    .option('--kind <kinds>', 'only checks for these target kinds (kubernetes also lists the CIS node-file checks run on Linux hosts)', splitList)
    .option('--checks <dir>', 'also load an extra check pack', (v: string, p: string[] = []) => [...p, v])
    .action(
      runAction(async (opts: ChecksListOptions) => {
        const { listChecks } = await import('./checks-impl.js');
        return listChecks(opts);
      }),
    );
  cmd
    .command('show')
    .description('One check: rationale, pillar, references, remediation')
    .argument('<id>')
    .option('--checks <dir>', 'also load an extra check pack', (v: string, p: string[] = []) => [...p, v])
    .action(
      runAction(async (id: string, opts: { checks?: string[] }) => {
        const { showCheck } = await import('./checks-impl.js');
        return showCheck(id, opts);
      }),
    );
  return cmd;
};
