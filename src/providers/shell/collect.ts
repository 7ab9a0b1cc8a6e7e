// A host's collection: one exec of the composed script through the target's transport
// (`sh -s -- ROOT [ARGS...]`, the script on stdin), then the pure parse. The root (and a kind's
// extra arguments) travel as arguments, never inside the script text. `become: sudo` runs it under `sudo -n` (never prompts); when
// sudo refuses, the script runs once more as the login user and the target says why it is partial.
import type { TargetSpec } from '../../kinds/types.js';
import { ok, type Outcome } from '../../engine/types.js';
import type { OsFacts } from '../../kit/linux/facts.js';
import type { Transport } from '../../transports/types.js';
import type { ApiCollectContext, ApiCollected, ShellProvider } from '../types.js';
import { composeScript, newNonce } from './compose.js';
import { parseShellOutput } from './parse.js';

// sudo's own refusals start with "sudo: "; a host without sudo answers "sudo: not found" through its shell, exit 127
const SUDO_REFUSED = /(^|: )sudo: /m;

/** Hostname, kernel and distribution of this machine through systeminformation (local, live only). */
async function localOsInfo(): Promise<Partial<OsFacts>> {
  try {
    const si = await import('systeminformation');
    const info = await si.osInfo();
    const out: Partial<OsFacts> = {};
    if (info.hostname) out.hostname = info.hostname;
    if (info.kernel) out.kernel = info.kernel;
    if (info.distro) out.prettyName = info.distro + (info.release ? ` ${info.release}` : '');
    return out;
  } catch {
    return {};
  }
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
    const si = await localOsInfo();
    facts['linux.os'] = ok({ ...si, ...os.value, prettyName: os.value.prettyName ?? si.prettyName });
  }
  // output cut short: the sections that did not finish already carry "cut off" reasons
  const error = [failure, notes].filter(Boolean).join('; ');
  if (error) return { facts, status: 'partial', error };
  const failed = Object.values(facts).some((f) => !f.ok && !f.notApplicable);
  return { facts, status: failed ? 'partial' : 'ok' };
}
