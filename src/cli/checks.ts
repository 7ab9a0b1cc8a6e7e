import { Command } from 'commander';
import { runAction, splitList } from './run-action.js';
import type { ChecksListOptions } from './checks-impl.js';

export const checksCommand = (): Command => {
  const cmd = new Command('checks').description('The check catalogue');
  cmd
    .command('list')
    .description('List the checks (id, severity, pillar, stage, target kinds, title), fitted to the terminal')
    .option('--json', 'print JSON')
    .option('--kind <kinds>', 'only checks for these target kinds (kubernetes also lists the CIS node-file checks run on Linux hosts)', splitList)
    .option('--pillar <pillars>', 'only checks of these pillars (comma-separated)', splitList)
    .option('--severity <severities>', 'only checks of these severities: critical,high,medium,low', splitList)
    .option('--checks <dir>', 'also load an extra check pack', (v: string, p: string[] = []) => [...p, v])
    .option('--no-color', 'no colours (NO_COLOR is honoured too)')
    .action(
      runAction(async (opts: ChecksListOptions) => {
        const { listChecks } = await import('./checks-impl.js');
        return listChecks(opts);
      }),
    );
  cmd
    .command('show')
    .description('One check: why it matters, how to fix it, references, as readable text')
    .argument('<id>')
    .option('--checks <dir>', 'also load an extra check pack', (v: string, p: string[] = []) => [...p, v])
    .option('--no-color', 'no colours (NO_COLOR is honoured too)')
    .action(
      runAction(async (id: string, opts: { checks?: string[]; color?: boolean }) => {
        const { showCheck } = await import('./checks-impl.js');
        return showCheck(id, opts);
      }),
    );
  return cmd;
};
