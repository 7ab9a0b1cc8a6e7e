// The commander program: a flat list of commands, each described in its own file and
// implemented in a module it imports lazily, so `--help` and `checks list` start fast.
import { Command, CommanderError } from 'commander';
import { checksCommand } from './checks.js';
import { collectCommand } from './collect.js';
import { diffCommand } from './diff.js';
import { historyCommand, trendCommand } from './history.js';
import { inventoryCommand } from './inventory.js';
import { mergeCommand } from './merge.js';
import { netpolCommand } from './netpol.js';
import { reportCommand } from './report.js';
import { scanCommand } from './scan.js';
import type { AddTargetOptions } from './target-options.js';
import { VERSION } from './version.js';

// Usage errors read like every other error: one line, prefixed with the program name.
const OUTPUT = {
  writeErr: (s: string) => process.stderr.write(s),
  outputError: (s: string, write: (s: string) => void) => write(`ztaudit: ${s.replace(/^error: /, '')}`),
};

/**
 * The whole program. `targetOptions` adds the target flags of `scan` and `collect` (every kind's
 * flags, which load every kind's definition); without it they are left out, which changes nothing
 * but those two commands' own flags: the program's help lists commands by name, arguments and
 * whether they have options (test/cli/help.test.ts holds the two alike).
 */
export function buildProgram(targetOptions?: AddTargetOptions): Command {
  const program = new Command('ztaudit')
    .description('Zero-trust posture auditor: Kubernetes, Linux and Windows hosts, hypervisors, storage and GPUs')
    .version(VERSION)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput(OUTPUT);
  for (const cmd of [scanCommand(targetOptions), collectCommand(targetOptions), checksCommand(), reportCommand(), diffCommand(), mergeCommand(), netpolCommand(), inventoryCommand(), historyCommand(), trendCommand()]) {
    program.addCommand(cmd);
  }
  // Subcommands inherit exitOverride so a bad flag anywhere is exit 2, one line.
  const inherit = (c: Command): void => {
    for (const sub of c.commands) {
      sub.exitOverride();
      sub.configureOutput(OUTPUT);
      inherit(sub);
    }
  };
  inherit(program);
  return program;
}

/**
 * Whether this command line may reach `scan` or `collect` (or their help): any word that names
 * them or `help`. `ztaudit --help`, `checks list` and the other commands do without their flags.
 */
const needsTargetFlags = (argv: readonly string[]): boolean => argv.slice(2).some((a) => a === 'scan' || a === 'collect' || a === 'help');

export async function main(argv: string[]): Promise<void> {
  // `ztaudit scan -f json | head` closes the pipe early: the reader's choice, not a crash. The
  // rest of the output is dropped and the command still ends with its own exit code (the gate).
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
  });
  const program = buildProgram(needsTargetFlags(argv) ? (await import('./target-options.js')).addTargetOptions : undefined);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version print and exit 0; usage errors already printed their one line.
      process.exitCode = err.exitCode === 0 ? 0 : 2;
      return;
    }
    process.stderr.write(`ztaudit: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  }
}
