// `ztaudit netpol`: NetworkPolicy connectivity. This file only declares flags; the work is in
// netpol-impl.ts, imported when a subcommand runs.
import { Command, Option } from 'commander';
import { runAction } from './run-action.js';
import type { BlastRadiusCliOptions, ConnlistCliOptions } from './netpol-impl.js';

const sourceOptions = (cmd: Command): Command =>
  cmd
    .argument('[paths...]', 'manifest files or folders (.yaml, .yml, .json; folders are read recursively)')
    .option('--kube', 'read a live cluster through the Kubernetes API (current context)')
    .option('--kubeconfig <file>', 'kubeconfig file (implies --kube)')
    .option('--context <name>', 'kubeconfig context (implies --kube)')
    .addOption(new Option('--group-by <how>', 'name pods by their immediate controller (owner) or resolve ReplicaSet→Deployment, Job→CronJob (top-owner)').choices(['owner', 'top-owner']).default('owner'))
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('-q, --quiet', 'do not print input warnings on stderr');

const EXIT_HELP = `
Input problems (a YAML syntax error, a file that is not a Kubernetes object, a malformed
NetworkPolicy) are printed on stderr, one line each naming the file and object; the object is
left out of the analysis and everything else is analysed (so the list reflects the
policies that could be read).
Exit codes: 0 analysed (even with input problems); 2 a path could not be read, bad flags, or
nothing at all could be analysed.`;

export const netpolCommand = (): Command => {
  const cmd = new Command('netpol').description('Kubernetes NetworkPolicy connectivity (netpol-analyzer compatible)').addHelpText('after', EXIT_HELP);
  sourceOptions(
    cmd
      .command('connlist')
      .description('List the allowed connections: SRC => DST : CONN, one per line')
      .addOption(new Option('-f, --format <format>', 'output format').choices(['txt', 'json']).default('txt')),
  ).action(
    runAction(async (paths: string[], opts: ConnlistCliOptions) => {
      const { runConnlist } = await import('./netpol-impl.js');
      return runConnlist(paths, opts);
    }),
  );
  sourceOptions(
    cmd
      .command('blast-radius')
      .description('Assume breach: what a compromised pod of each workload can reach, worst first')
      .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
      .option('--top <n>', 'only the N worst workloads in the table'),
  ).action(
    runAction(async (paths: string[], opts: BlastRadiusCliOptions) => {
      const { runBlastRadius } = await import('./netpol-impl.js');
      return runBlastRadius(paths, opts);
    }),
  );
  return cmd;
};
