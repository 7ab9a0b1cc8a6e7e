// A host's collection: one exec of the composed script through the target's transport
// (`sh -s -- ROOT [ARGS...]`, the script on stdin), then the pure parse. The root (and a kind's
// extra arguments) travel as arguments, never inside the script text. `become: sudo` runs it under `sudo -n` (never prompts); when
// sudo refuses, the script runs once more as the login user and the target says why it is partial.
import { readFileSync } from 'node:fs';
import { hostname, release } from 'node:os';
import type { TargetSpec } from '../../kinds/types.js';
import { ok, type Outcome } from '../../engine/types.js';
import type { OsFacts } from '../../kit/linux/facts.js';
import type { Transport } from '../../transports/types.js';
import type { ApiCollectContext, ApiCollected, ShellProvider } from '../types.js';
import { composeScript, newNonce } from './compose.js';
import { parseShellOutput } from './parse.js';

// sudo's own refusals start with "sudo: "; a host without sudo answers "sudo: not found" through its shell, exit 127
const SUDO_REFUSED = /(^|: )sudo: /m;

/**
 * Hostname, kernel and distribution of this machine (local, live only), for what the script's own
 * section left out: the kernel's answers through node:os, the name from /etc/os-release read in
 * process. (A systeminformation call ran several processes for these three facts.)
 */
function localOsInfo(): Partial<OsFacts> {
  const out: Partial<OsFacts> = {};
  try {
    const host = hostname();
    if (host) out.hostname = host;
    const kernel = release();
    if (kernel) out.kernel = kernel;
  } catch {
    // no answer: the script's facts stand alone
  }
  try {
    const fields = new Map<string, string>();
    for (const line of readFileSync('/etc/os-release', 'utf8').split('\n')) {
      const m = /^([A-Z_]+)=(.*)$/.exec(line.trim());
      if (m) fields.set(m[1]!, m[2]!.replace(/^(["'])(.*)\1$/, '$2'));
    }
    const name = fields.get('NAME');
    const version = fields.get('VERSION_ID');
    if (name) out.prettyName = version ? `${name} ${version}` : name;
  } catch {
    // no os-release: the script's facts stand alone
  }
  return out;
}

export const targetRoot = (t: TargetSpec): string => (typeof t.options.root === 'string' && t.options.root !== '' ? t.options.root : '/');

/**
 * `args` follow the root as "$2", "$3"... (a kind's scriptArgs: a libvirt URI): like the root, they
 * travel as argv elements (the SSH transport quotes each one), never inside the script text.
 */
export async function collectShell(target: TargetSpec, transport: Transport, providers: readonly ShellProvider[], ctx: ApiCollectContext, args: readonly string[] = []): Promise<ApiCollected> {
  const root = targetRoot(target);
  const nonce = newNonce();
  const script = composeScript(providers, nonce);
  const started = Date.now();
  const exec = (argv: string[]) => transport.exec({ argv, stdin: script, timeoutMs: Math.max(1, ctx.timeoutMs - (Date.now() - started)), signal: ctx.signal });
  const plain = ['sh', '-s', '--', root, ...args];
  let notes: string | undefined;
  let run = await exec(target.options.become === 'sudo' ? ['sudo', '-n', '--', ...plain] : plain);
  if (target.options.become === 'sudo' && run.code !== 0 && run.stdout.trim() === '' && (SUDO_REFUSED.test(run.stderr) || run.code === 127)) {
    notes = `sudo -n refused (${run.stderr.trim().split('\n')[0]}); collected without root`;
    run = await exec(plain);
  }
  ctx.log(`${transport.name} ${root}: ${providers.length} providers, script output ${run.stdout.length} bytes${run.error ? `, ${run.error}` : ''}`);
  const failure = run.error ?? (run.code !== 0 ? run.stderr.trim().split('\n')[0] || `collection script exited ${String(run.code)}` : undefined);
  if (failure && run.stdout.trim() === '') return { facts: {}, status: 'unreachable', error: failure };

  const facts = parseShellOutput(run.stdout, providers, root, nonce);
  const os = facts['linux.os'] as Outcome<OsFacts> | undefined;
  if (os?.ok && transport.name === 'local' && root === '/') {
    const si = localOsInfo();
    facts['linux.os'] = ok({ ...si, ...os.value, prettyName: os.value.prettyName ?? si.prettyName });
  }
  // output cut short: the sections that did not finish already carry "cut off" reasons
  const error = [failure, notes].filter(Boolean).join('; ');
  if (error) return { facts, status: 'partial', error };
  const failed = Object.values(facts).some((f) => !f.ok && !f.notApplicable);
  return { facts, status: failed ? 'partial' : 'ok' };
}
