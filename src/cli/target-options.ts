// Target and execution flags shared by `scan` and `collect` (CONTRACT.md "Targets").
import type { Command } from 'commander';
import { KINDS } from '../kinds/registry.js';
import type { TargetFlags } from '../inventory/targets.js';
import { repeat, splitList } from './run-action.js';


export interface TargetCliOptions extends TargetFlags {
  facts?: string;
  concurrency?: string;
  timeout?: string;
  shard?: string;
  quiet?: boolean;
  verbose?: boolean;
  color?: boolean;
}

/** addTargetOptions' type, for the command definitions that are handed it (main.ts loads it only when needed). */
export type AddTargetOptions = (cmd: Command, withFacts: boolean) => Command;

export function addTargetOptions(cmd: Command, withFacts: boolean): Command {
  // each kind's own options, in registry order (src/kinds/)
  for (const kind of Object.values(KINDS)) {
    for (const f of kind.flags) {
      if (f.repeatable) cmd.option(f.flags, f.description, repeat);
      else cmd.option(f.flags, f.description);
    }
  }
  cmd.option('--ca <file>', 'PEM file of the CA(s) that verify HTTPS targets (WinRM, Proxmox, vSphere, S3); the system CAs otherwise');
  cmd.option('-i, --inventory <file>', 'YAML inventory of many targets (see `ztaudit inventory example`)');
  if (withFacts) cmd.option('--facts <file>', 'evaluate a saved facts snapshot (from `collect`), no network');
  return cmd
    .option('--concurrency <n>', 'targets in flight', '32')
    .option('--timeout <seconds>', 'per-target budget in seconds', '60')
    .option('--shard <i/n>', 'audit only the I-th of N slices of the targets')
    .option('-q, --quiet', 'no progress or warnings on stderr')
    .option('-v, --verbose', 'verbose diagnostics on stderr')
    .option('--no-color', 'no colours (NO_COLOR is honoured too)');
}

export { splitList, repeat };
