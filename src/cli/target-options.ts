// Target and execution flags shared by `scan` and `collect` (CONTRACT.md "Targets").
import type { Command } from 'commander';
import type { TargetFlags } from '../inventory/targets.js';
import { splitList } from './run-action.js';

const repeat = (v: string, prev: string[] = []): string[] => [...prev, v];

export interface TargetCliOptions extends TargetFlags {
  facts?: string;
  concurrency?: string;
  timeout?: string;
  shard?: string;
  quiet?: boolean;
  verbose?: boolean;
  color?: boolean;
}

export function addTargetOptions(cmd: Command, withFacts: boolean): Command {
  cmd
    .option('--local', 'this machine (the default when no target is named)')
    .option('--root <dir>', 'a Linux root filesystem mounted at DIR, audited instead of /')
    .option('-i, --inventory <file>', 'YAML inventory of many targets (see `ztaudit inventory example`)')
    .option('--kube', 'a live cluster through the Kubernetes API (current context)')
    .option('--kubeconfig <file>', 'kubeconfig file for --kube')
    .option('--context <name>', 'kubeconfig context for --kube')
    .option('--manifests <paths...>', 'offline Kubernetes YAML/JSON files or folders')
    .option('--ssh <dest>', 'a Linux host over SSH, [user@]host[:port] (repeatable)', repeat)
    .option('--identity <file>', 'SSH private key for --ssh')
    .option('--known-hosts <file>', 'known_hosts file for SSH host keys (default ~/.ssh/known_hosts)')
    .option('--ssh-accept-new', "record the host key of an SSH host seen for the first time (OpenSSH's accept-new); a changed key is always refused")
    .option('--winrm <url>', 'a Windows host over WinRM, https://host:5986 (repeatable)', repeat);
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
