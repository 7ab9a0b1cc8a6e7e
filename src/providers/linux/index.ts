// The Linux host collector: one run of the fixed script (script.ts) against this machine or a
// mounted root, then the pure parsers. Local transport only for now; the script is the same
// text an SSH transport will send.
import { spawn } from 'node:child_process';
import type { Collected, CollectContext, Collector, TargetSpec } from '../../kinds/types.js';
import { ok, type Outcome } from '../../engine/types.js';
import { parseLinuxOutput } from './parse.js';
import { LINUX_SCRIPT } from './script.js';
import type { OsFacts } from '../../kit/linux/facts.js';

export interface ScriptRun {
  stdout: string;
  /** set when the script could not run to the end */
  error?: string;
}

const MAX_OUTPUT = 64 * 1024 * 1024;

/**
 * Run the collection script locally: sh -c SCRIPT ztaudit ROOT (ROOT travels as "$1").
 * The shell gets its own process group so a timeout or an abort kills it and every command it
 * started (a hung nft or mokutil must not outlive the scan).
 */
export function runLinuxScript(root: string, ctx: Pick<CollectContext, 'timeoutMs' | 'signal'>): Promise<ScriptRun> {
  return new Promise((resolve) => {
    if (ctx.signal.aborted) return resolve({ stdout: '', error: 'collection aborted' });
    const child = spawn('sh', ['-c', LINUX_SCRIPT, 'ztaudit', root], { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C' } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let stopped: string | undefined;
    const stop = (why: string): void => {
      stopped ??= why;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => stop(`timed out after ${ctx.timeoutMs} ms`), ctx.timeoutMs);
    const onAbort = (): void => stop('collection aborted');
    ctx.signal.addEventListener('abort', onAbort, { once: true });
    child.stdout.on('data', (b: Buffer) => {
      size += b.length;
      if (size > MAX_OUTPUT) stop('collector output exceeded 64 MiB');
      else out.push(b);
    });
    child.stderr.on('data', (b: Buffer) => err.length < 64 && err.push(b));
    const finish = (code: number | null, failure?: string): void => {
      clearTimeout(timer);
      ctx.signal.removeEventListener('abort', onAbort);
      const stdout = Buffer.concat(out).toString('utf8');
      if (stopped) return resolve({ stdout, error: stopped });
      if (failure) return resolve({ stdout, error: failure });
      if (code !== 0) {
        const first = Buffer.concat(err).toString('utf8').trim().split('\n')[0];
        return resolve({ stdout, error: first || `collection script exited ${String(code)}` });
      }
      resolve({ stdout });
    };
    child.on('error', (e: NodeJS.ErrnoException) => finish(null, e.code === 'ENOENT' ? 'sh not found' : e.message));
    child.on('close', (code) => finish(code));
  });
}

/** Hostname, kernel and distribution of this machine through systeminformation (live only). */
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

/** How the script reaches a host: locally (runLinuxScript) or through a remote shell (SSH). */
export type ScriptRunner = (root: string, ctx: Pick<CollectContext, 'timeoutMs' | 'signal'>) => Promise<ScriptRun>;

/** Facts from one run of the script; `live` adds this machine's systeminformation OS facts. */
export async function collectWith(runner: ScriptRunner, root: string, ctx: CollectContext, local: boolean): Promise<Collected> {
  const live = root === '/';
  const [run, si] = await Promise.all([runner(root, ctx), live && local ? localOsInfo() : Promise.resolve({})]);
  ctx.log(`linux ${root}: script output ${run.stdout.length} bytes${run.error ? `, ${run.error}` : ''}`);
  if (run.error && run.stdout.trim() === '') return { facts: {}, status: 'unreachable', error: run.error };
  const facts = parseLinuxOutput(run.stdout, root);
  const os = facts['linux.os'] as Outcome<OsFacts> | undefined;
  if (os?.ok && live && local) facts['linux.os'] = ok({ ...si, ...os.value, prettyName: os.value.prettyName ?? (si as Partial<OsFacts>).prettyName });
  // output cut short: the sections that did not finish already carry "cut off" reasons
  if (run.error) return { facts, status: 'partial', error: run.error };
  const failed = Object.entries(facts).filter(([, f]) => !f.ok && !f.notApplicable);
  if (failed.length === 0) return { facts, status: 'ok' };
  return { facts, status: 'partial' };
}

export const linuxCollector: Collector = {
  kind: 'linux',
  async collect(target: TargetSpec, ctx: CollectContext): Promise<Collected> {
    const root = typeof target.options.root === 'string' && target.options.root !== '' ? target.options.root : '/';
    if (target.options.transport === 'ssh') {
      // the SSH transport sends the same LINUX_SCRIPT and calls collectWith with its own runner
      return { facts: {}, status: 'unreachable', error: 'linux over SSH needs the SSH transport (collectWith + LINUX_SCRIPT)' };
    }
    return collectWith(runLinuxScript, root, ctx, true);
  },
};

export { LINUX_SCRIPT } from './script.js';
export { parseLinuxOutput } from './parse.js';
