// This machine: spawn with a fixed argv (no shell builds a command line from input). The program
// gets its own process group, so a timeout or an abort kills it and everything it started (a hung
// nft or mokutil must not outlive the scan).
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { DEFAULT_MAX_OUTPUT, timedOut, type ExecRequest, type ExecResult, type ReadFileRequest, type Transport } from './types.js';

const STDERR_KEEP = 64 * 1024;

export function localExec(req: ExecRequest): Promise<ExecResult> {
  return new Promise((resolve) => {
    if (req.signal.aborted) return resolve({ stdout: '', stderr: '', code: null, error: 'collection aborted' });
    const [cmd, ...args] = req.argv;
    const child = spawn(cmd!, args, { detached: true, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C' } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let errSize = 0;
    let stopped: string | undefined;
    const cap = req.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
    const stop = (why: string): void => {
      stopped ??= why;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => stop(timedOut(req.timeoutMs)), req.timeoutMs);
    const onAbort = (): void => stop('collection aborted');
    req.signal.addEventListener('abort', onAbort, { once: true });
    child.stdout.on('data', (b: Buffer) => {
      size += b.length;
      if (size > cap) stop(`output exceeded ${Math.round(cap / 1024 / 1024)} MiB`);
      else out.push(b);
    });
    child.stderr.on('data', (b: Buffer) => {
      if (errSize < STDERR_KEEP) err.push(b);
      errSize += b.length;
    });
    // a program that exits without reading all of its stdin is no error of ours
    child.stdin.on('error', () => undefined);
    child.stdin.end(req.stdin ?? '');
    let done = false;
    const finish = (code: number | null, failure?: string): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      req.signal.removeEventListener('abort', onAbort);
      const result: ExecResult = { stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8').slice(0, STDERR_KEEP), code: stopped ? null : code };
      const error = stopped ?? failure;
      resolve(error ? { ...result, error } : result);
    };
    child.on('error', (e: NodeJS.ErrnoException) => finish(null, e.code === 'ENOENT' ? `${cmd} not found` : e.message));
    child.on('close', (code) => finish(code));
  });
}

export function localTransport(): Transport {
  return {
    name: 'local',
    exec: localExec,
    async readFile(req: ReadFileRequest): Promise<Buffer> {
      const buf = await readFile(req.path, { signal: req.signal });
      if (req.maxBytes !== undefined && buf.length > req.maxBytes) throw new Error(`${req.path} is larger than ${req.maxBytes} bytes`);
      return buf;
    },
    close: async () => undefined,
  };
}
