// The WinRM transport: a WS-Management remote shell on one Windows host. Opening it creates the
// shell (which proves the certificate, the credentials and the shell quota at once, so a host that
// cannot be audited is unreachable with the reason); exec runs one program in it (Command, Send
// stdin, Receive until CommandState/Done, Signal terminate); close deletes the shell.
// Like the SSH transport, exec never throws for the program's own failure: budget, abort, output
// cap and a lost connection are an `error` with `code: null`.
import { errorMessage } from '../engine/errors.js';
import { safeOrigin } from './https.js';
import { windowsCommandLine } from './winrm-cmdline.js';
import { WinrmHttp, type WinrmEndpoint } from './winrm-http.js';
import {
  commandIdOf,
  commandRequest,
  createShellRequest,
  deleteShellRequest,
  parseAnswer,
  receivedOf,
  receiveRequest,
  sendRequest,
  shellIdOf,
  signalRequest,
  WinrmFault,
  WinrmProtocolError,
  type Parsed,
} from './winrm-soap.js';
import { DEFAULT_MAX_OUTPUT, TransportError, timedOut, type ExecRequest, type ExecResult, type OpenContext, type ReadFileRequest, type Transport } from './types.js';

export interface WinrmOptions extends WinrmEndpoint {
  /** longest a Receive waits on the host before it answers TimedOut and is asked again (default 20 s) */
  operationTimeoutS?: number;
}

const STDERR_CAP = 64 * 1024;
/** stdin bytes per Send: base64 of 64 KiB stays well inside the 150 KiB envelope Windows accepts */
const SEND_CHUNK = 64 * 1024;
/** budget for the clean-up messages (Signal, Delete) once the call itself is over */
const CLEANUP_MS = 5000;

const abortReason = (signal: AbortSignal): string => {
  const r: unknown = signal.reason;
  return r instanceof Error && r.name !== 'AbortError' && r.message ? r.message : 'aborted';
};

/** One line for anything that ended a call: a fault's reason, an HTTP or TLS problem, a malformed answer. */
function reasonOf(err: unknown, where: string): string {
  if (err instanceof TransportError) return err.message;
  if (err instanceof WinrmFault || err instanceof WinrmProtocolError) return `${where}: ${err.message}`;
  return `${where}: ${errorMessage(err)}`;
}

export async function connectWinrm(opts: WinrmOptions, ctx: OpenContext): Promise<Transport> {
  const where = safeOrigin(opts.url);
  const http = new WinrmHttp(opts);
  const maxWait = opts.operationTimeoutS ?? 20;
  /** POST one envelope within `ms` and read the answer (a fault is thrown as WinrmFault) */
  const call = async (build: (operationTimeoutS: number) => string, ms: number, signal: AbortSignal): Promise<Parsed> => {
    // the host must give up (TimedOut) before this side does
    const operationTimeoutS = Math.max(1, Math.min(maxWait, Math.floor(ms / 1000) - 1));
    return parseAnswer(await http.post(build(operationTimeoutS), { timeoutMs: ms, signal }));
  };
  const common = (operationTimeoutS: number) => ({ to: opts.url, operationTimeoutS });

  let shellId: string;
  try {
    shellId = shellIdOf(await call((t) => createShellRequest(common(t)), ctx.timeoutMs, ctx.signal));
  } catch (err) {
    http.close();
    throw new TransportError(reasonOf(err, where));
  }
  let closed = false;

  const cleanup = async (build: (t: number) => string): Promise<void> => {
    try {
      await call(build, CLEANUP_MS, AbortSignal.timeout(CLEANUP_MS));
    } catch {
      // best effort: the host ends an orphaned shell at its idle timeout
    }
  };

  async function exec(req: ExecRequest): Promise<ExecResult> {
    const max = req.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
    if (closed) return { stdout: '', stderr: '', code: null, error: 'the WinRM shell is closed' };
    let commandLine: string;
    try {
      commandLine = windowsCommandLine(req.argv);
    } catch (err) {
      return { stdout: '', stderr: '', code: null, error: errorMessage(err) };
    }
    const started = Date.now();
    const left = (): number => Math.max(1, req.timeoutMs - (Date.now() - started));
    // one signal for the budget and the caller's abort, so an in-flight POST ends at once
    const stop = new AbortController();
    const timer = setTimeout(() => stop.abort(new Error(timedOut(req.timeoutMs))), req.timeoutMs);
    const onAbort = (): void => stop.abort(new Error(abortReason(req.signal)));
    if (req.signal.aborted) onAbort();
    else req.signal.addEventListener('abort', onAbort, { once: true });

    const out: Buffer[] = [];
    let outSize = 0;
    const err: Buffer[] = [];
    let errSize = 0;
    let code: number | null = null;
    let error: string | undefined;
    let commandId: string | undefined;
    try {
      if (stop.signal.aborted) throw new Error('stopped');
      commandId = commandIdOf(await call((t) => commandRequest(common(t), shellId, commandLine, req.stdin !== undefined), left(), stop.signal));
      const id = commandId;
      if (req.stdin !== undefined) {
        const bytes = Buffer.from(req.stdin, 'utf8');
        for (let at = 0; at === 0 || at < bytes.length; at += SEND_CHUNK) {
          const chunk = bytes.subarray(at, at + SEND_CHUNK);
          const end = at + SEND_CHUNK >= bytes.length;
          await call((t) => sendRequest(common(t), shellId, id, chunk, end), left(), stop.signal);
        }
      }
      for (;;) {
        let parsed: Parsed;
        try {
          parsed = await call((t) => receiveRequest(common(t), shellId, id), left(), stop.signal);
        } catch (e) {
          // the long poll ended with nothing new: ask again
          if (e instanceof WinrmFault && e.subcode === 'TimedOut' && !stop.signal.aborted) continue;
          throw e;
        }
        const got = receivedOf(parsed, id);
        for (const b of got.stdout) {
          outSize += b.length;
          if (outSize > max) throw new OutputCap(`output exceeded ${max} bytes`);
          out.push(b);
        }
        for (const b of got.stderr) {
          if (errSize >= STDERR_CAP) break;
          const part = b.subarray(0, STDERR_CAP - errSize);
          err.push(part);
          errSize += part.length;
        }
        if (got.done) {
          code = got.exitCode ?? null;
          if (code === null) error = 'the command ended without an exit code';
          break;
        }
      }
    } catch (e) {
      // a POST that ran out of the budget's last milliseconds is the budget too, whichever timer fired first
      const expired = Date.now() - started >= req.timeoutMs;
      error = stop.signal.aborted ? abortReason(stop.signal) : expired ? timedOut(req.timeoutMs) : e instanceof OutputCap ? e.message : reasonOf(e, where);
      code = null;
    } finally {
      clearTimeout(timer);
      req.signal.removeEventListener('abort', onAbort);
    }
    // terminate whatever still runs (and release the command's resources when it is done)
    if (commandId) {
      const id = commandId;
      await cleanup((t) => signalRequest(common(t), shellId, id));
    }
    return { stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), code, ...(error ? { error } : {}) };
  }

  return {
    name: 'winrm',
    exec,
    async readFile(req: ReadFileRequest): Promise<Buffer> {
      // PowerShell single quotes (and their typographic forms) are escaped by doubling
      const literal = `'${req.path.replace(/['\u2018\u2019\u201a\u201b]/g, (q) => q + q)}'`;
      const script = `$ErrorActionPreference='Stop';[Convert]::ToBase64String([IO.File]::ReadAllBytes(${literal}))`;
      const max = req.maxBytes ?? DEFAULT_MAX_OUTPUT;
      const r = await exec({
        argv: ['powershell.exe', '-NoProfile', '-NonInteractive', '-EncodedCommand', Buffer.from(script, 'utf16le').toString('base64')],
        timeoutMs: req.timeoutMs,
        signal: req.signal,
        maxOutputBytes: Math.ceil((max * 4) / 3) + 1024,
      });
      if (r.error) throw new TransportError(`cannot read ${req.path}: ${r.error}`);
      if (r.code !== 0) throw new TransportError(`cannot read ${req.path}: ${(r.stderr.split(/\r?\n/).find((l) => l.trim()) ?? `exit ${String(r.code)}`).trim()}`);
      const data = Buffer.from(r.stdout.trim(), 'base64');
      if (data.length > max) throw new TransportError(`cannot read ${req.path}: larger than ${max} bytes`);
      return data;
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await cleanup((t) => deleteShellRequest(common(t), shellId));
      http.close();
    },
  };
}

class OutputCap extends Error {}
