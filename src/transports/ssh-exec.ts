// One exec channel: send the command line, write stdin and end it, collect stdout (capped),
// the first 64 KiB of stderr and the exit status. Never rejects: every way a call can stop
// early (time budget, abort, output cap, lost connection) is an `error` with `code: null`.
import type { Client, ClientChannel } from 'ssh2';
import { errorMessage } from '../engine/errors.js';

export interface ChannelRun {
  stdout: Buffer;
  stderr: string;
  code: number | null;
  error?: string;
}

export interface ChannelRequest {
  stdin?: string;
  timeoutMs: number;
  signal: AbortSignal;
  maxOutputBytes: number;
}

const STDERR_CAP = 64 * 1024;

const abortReason = (signal: AbortSignal): string => {
  const r: unknown = signal.reason;
  return r instanceof Error && r.name !== 'AbortError' && r.message ? r.message : 'aborted';
};

interface ChannelInternals {
  outgoing?: { id?: number; state?: string };
  _client?: { _protocol?: { signal?: (id: number, name: string) => void } };
}

/**
 * Ask the server to SIGKILL the program. ssh2's `channel.signal()` sends nothing once our side
 * of the channel is ended (and we end it right after stdin), so the request goes out through the
 * protocol object directly. OpenSSH (>= 7.9) then kills the program's process group, except for
 * root logins, where it refuses signal requests (no post-auth privilege separation).
 */
function sendKill(channel: ClientChannel): void {
  const c = channel as unknown as ChannelInternals;
  try {
    if ((c.outgoing?.state === 'open' || c.outgoing?.state === 'eof') && typeof c.outgoing.id === 'number' && c._client?._protocol?.signal) c._client._protocol.signal(c.outgoing.id, 'KILL');
    else channel.signal('KILL');
  } catch {
    // the channel may already be closing
  }
}

/**
 * Run `command` on a new exec channel of `client`. `pending` holds a stopper for every call in
 * flight, so the transport can end them all with "connection lost" when the connection drops.
 */
export function runChannel(client: Client, command: string, req: ChannelRequest, pending: Set<(reason: string) => void>): Promise<ChannelRun> {
  return new Promise((resolve) => {
    const out: Buffer[] = [];
    let outSize = 0;
    const err: Buffer[] = [];
    let errSize = 0;
    let code: number | null = null;
    let channel: ClientChannel | undefined;
    let stopped: string | undefined;
    let done = false;
    let exited = false;

    const finish = (): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      req.signal.removeEventListener('abort', onAbort);
      pending.delete(stop);
      const stderr = Buffer.concat(err).toString('utf8');
      resolve({ stdout: Buffer.concat(out), stderr, code: stopped ? null : code, ...(stopped ? { error: stopped } : {}) });
    };
    // Stop early: ask the server to kill the program (see sendKill), then close the channel.
    const stop = (why: string): void => {
      if (done) return;
      stopped ??= why;
      if (channel) {
        sendKill(channel);
        channel.close();
      }
      // Whatever the channel does next, the call is over now.
      finish();
    };
    const onAbort = (): void => stop(abortReason(req.signal));
    const timer = setTimeout(() => stop(`timed out after ${req.timeoutMs / 1000}s`), req.timeoutMs);
    if (req.signal.aborted) return onAbort();
    req.signal.addEventListener('abort', onAbort, { once: true });
    pending.add(stop);

    try {
      client.exec(command, (e, ch) => {
        if (done) {
          ch?.close();
          return;
        }
        if (e) return stop(`cannot open a session: ${errorMessage(e)}`);
        channel = ch;
        ch.on('data', (b: Buffer) => {
          if (done) return;
          outSize += b.length;
          if (outSize > req.maxOutputBytes) return stop(`output exceeded ${req.maxOutputBytes} bytes`);
          out.push(b);
        });
        ch.stderr.on('data', (b: Buffer) => {
          if (errSize >= STDERR_CAP) return;
          const part = b.subarray(0, STDERR_CAP - errSize);
          err.push(part);
          errSize += part.length;
        });
        ch.on('exit', (status: number | null, signal?: string) => {
          if (typeof status === 'number') code = status;
          else if (signal) stopped ??= `killed by signal ${signal}`;
          exited = true;
        });
        ch.on('close', () => {
          if (!exited) stopped ??= 'the session closed without an exit status';
          finish();
        });
        // A program that does not read its stdin must not make the write fail the call.
        ch.on('error', () => undefined);
        if (req.stdin) ch.write(req.stdin);
        ch.end();
      });
    } catch (e) {
      stop(`cannot open a session: ${errorMessage(e)}`);
    }
  });
}
