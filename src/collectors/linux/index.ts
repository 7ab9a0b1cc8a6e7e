// The Linux host collector: one run of the fixed script (script.ts) against this machine or a
// mounted root, then the pure parsers. Local transport only for now; the script is the same
// text an SSH transport will send.
import { execFile } from 'node:child_process';
import type { Collected, CollectContext, Collector, TargetSpec } from '../types.js';
import { ok, type Outcome } from '../../engine/types.js';
import { parseLinuxOutput } from './parse.js';
import { LINUX_SCRIPT } from './script.js';
import type { OsFacts } from './types.js';

export interface ScriptRun {
  stdout: string;
  /** set when the script could not run to the end */
  error?: string;
}

/** Run the collection script locally: sh -c SCRIPT ztaudit ROOT (ROOT travels as "$1"). */
export function runLinuxScript(root: string, ctx: Pick<CollectContext, 'timeoutMs' | 'signal'>): Promise<ScriptRun> {
  return new Promise((resolve) => {
    execFile(
      'sh',
      ['-c', LINUX_SCRIPT, 'ztaudit', root],
      { timeout: ctx.timeoutMs, killSignal: 'SIGKILL', signal: ctx.signal, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } },
      (err, stdout, stderr) => {
        if (!err) return resolve({ stdout });
        const e = err as NodeJS.ErrnoException & { killed?: boolean; signal?: string };
        const why =
          e.name === 'AbortError' ? 'collection aborted' : e.killed || e.signal === 'SIGKILL' ? `timed out after ${ctx.timeoutMs} ms` : e.code === 'ENOENT'
                ? 'sh not found'
                : (String(stderr ?? '').trim().split('\n')[0] || `collection script exited ${String(e.code)}`);
        resolve({ stdout: stdout ?? '', error: why });
      },
    );
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

export const linuxCollector: Collector = {
  kind: 'linux',
  async collect(target: TargetSpec, ctx: CollectContext): Promise<Collected> {
    const root = typeof target.options.root === 'string' && target.options.root !== '' ? target.options.root : '/';
    if (target.options.transport === 'ssh') {
      return { facts: {}, status: 'unreachable', error: 'the linux collector over SSH is provided by the SSH transport' };
    }
    const live = root === '/';
    const [run, si] = await Promise.all([runLinuxScript(root, ctx), live ? localOsInfo() : Promise.resolve({})]);
    ctx.log(`linux ${root}: script output ${run.stdout.length} bytes${run.error ? `, ${run.error}` : ''}`);
    if (run.error && run.stdout.trim() === '') return { facts: {}, status: 'unreachable', error: run.error };
    const facts = parseLinuxOutput(run.stdout, root);
    const os = facts['linux.os'] as Outcome<OsFacts> | undefined;
    if (os?.ok && live) facts['linux.os'] = ok({ ...si, ...os.value, prettyName: os.value.prettyName ?? (si as Partial<OsFacts>).prettyName });
    if (run.error) {
      // output cut short: sections that did not finish already carry "cut off" reasons
      return { facts, status: 'partial', error: run.error };
    }
    const failed = Object.values(facts).some((f) => !f.ok && !f.notApplicable);
    return { facts, status: failed ? 'partial' : 'ok' };
  },
};

export { LINUX_SCRIPT } from './script.js';
export { parseLinuxOutput } from './parse.js';
