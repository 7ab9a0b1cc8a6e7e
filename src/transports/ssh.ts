// The SSH transport: one ssh2 connection per target (through jump hosts when asked), reused for
// every call. A call is one exec channel carrying `shellCommand(argv)`; inventory values reach the
// remote shell only through `shellQuote`. Host keys are checked against known_hosts by our own
// policy (known-hosts.ts), never "accept anything". ssh2 is imported lazily so `--help` and the
// local-only commands never load it.
import type { Client, ClientChannel, ConnectConfig } from 'ssh2';
import { errorMessage } from '../engine/errors.js';
import { appendKnownHost, checkHostKey, displayPath, knownKeyTypes, loadKnownHosts, refusalReason } from './known-hosts.js';
import { authFailure, authHandler, loadKeys, type AuthState } from './ssh-auth.js';
import { expandHome } from './ssh-config.js';
import { runChannel, type ChannelRun } from './ssh-exec.js';
import { resolveChain, type Hop } from './ssh-target.js';
import type { SshConnectOptions } from './ssh-types.js';
import { DEFAULT_MAX_OUTPUT, TransportError, shellCommand, type ExecRequest, type ExecResult, type ReadFileRequest, type Transport } from './types.js';

export type { SshConnectOptions } from './ssh-types.js';

// ssh2's own default order; the types known for a host are moved to the front (as OpenSSH does),
// so a host recorded with an ecdsa key is not asked for its ed25519 key and "changed".
const HOST_KEY_ALGORITHMS = ['ssh-ed25519', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521', 'rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'];

type Ssh2 = typeof import('ssh2');

function describeConnectError(err: Error & { level?: string; code?: string }, hop: Hop, auth: AuthState, notes: readonly string[]): string {
  if (err.level === 'client-authentication') return authFailure(auth, notes);
  if (err.level === 'client-timeout') return `no SSH handshake within ${hop.readyTimeoutMs / 1000}s`;
  switch (err.code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NONAME':
      return `cannot resolve host name ${hop.host}`;
    case 'ETIMEDOUT':
      return 'connection timed out';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `no route to host (${err.code})`;
    case 'ECONNRESET':
      return 'connection reset by peer';
  }
  return errorMessage(err).split('\n')[0] ?? 'connection failed';
}

/** Open one authenticated client for a hop, over `sock` (a tunnel through the previous hop) or TCP. */
async function openClient(ssh2: Ssh2, hop: Hop, sock?: ClientChannel): Promise<Client> {
  let known;
  try {
    known = await loadKnownHosts([...hop.knownHostsFiles, ...hop.readOnlyKnownHosts]);
  } catch (err) {
    throw new TransportError(`${hop.label}: ${errorMessage(err)}`);
  }
  const firstKnown = hop.knownHostsFiles[0] ?? expandHome('~/.ssh/known_hosts');
  const { keys, notes } = await loadKeys(hop.auth, ssh2.utils.parseKey as Parameters<typeof loadKeys>[1]);
  const auth: AuthState = { tried: new Set(), serverAllows: [] };
  const preferred = knownKeyTypes(known, hop.host, hop.port).flatMap((t) => (t === 'ssh-rsa' ? ['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'] : [t]));
  const algorithms = [...new Set([...preferred.filter((a) => HOST_KEY_ALGORITHMS.includes(a)), ...HOST_KEY_ALGORITHMS])];
  let refusal: string | undefined;

  const client = new ssh2.Client();
  return new Promise<Client>((resolve, reject) => {
    let settled = false;
    const fail = (reason: string): void => {
      if (settled) return;
      settled = true;
      hop.signal.removeEventListener('abort', onAbort);
      client.destroy();
      reject(new TransportError(`${hop.label}: ${refusal ?? reason}`));
    };
    const onAbort = (): void => fail('aborted');
    if (hop.signal.aborted) return fail('aborted');
    hop.signal.addEventListener('abort', onAbort, { once: true });
    client.on('ready', () => {
      if (settled) return;
      settled = true;
      hop.signal.removeEventListener('abort', onAbort);
      resolve(client);
    });
    client.on('error', (err: Error & { level?: string; code?: string }) => {
      // An agent that cannot be reached is one method less, not the end of the connection.
      if (err.level === 'agent') return void notes.push('agent: not reachable');
      fail(describeConnectError(err, hop, auth, notes));
    });
    client.on('close', () => fail('connection closed by the server during the handshake'));

    const config: ConnectConfig = {
      host: hop.host,
      port: hop.port,
      username: hop.auth.username,
      readyTimeout: hop.readyTimeoutMs,
      // a peer that vanished (NAT timeout, reboot) shows as "connection lost" within a minute
      keepaliveInterval: 15_000,
      keepaliveCountMax: 4,
      algorithms: { serverHostKey: algorithms as NonNullable<ConnectConfig['algorithms']>['serverHostKey'] },
      authHandler: authHandler(hop.auth, keys, auth),
      hostVerifier: (blob: Buffer, verify: (ok: boolean) => void): void => {
        const check = checkHostKey(known, hop.host, hop.port, blob);
        if (check.status === 'ok') return verify(true);
        if (check.status === 'unknown' && hop.acceptNew) {
          appendKnownHost(firstKnown, hop.host, hop.port, blob).then(
            () => verify(true),
            (err: NodeJS.ErrnoException) => {
              refusal = `cannot record the host key in ${displayPath(firstKnown)}: ${err.code ?? errorMessage(err)}`;
              verify(false);
            },
          );
          return;
        }
        refusal = refusalReason(check, hop.host, hop.port, blob, firstKnown);
        verify(false);
      },
      ...(sock ? { sock } : {}),
    };
    try {
      client.connect(config);
    } catch (err) {
      fail(errorMessage(err).split('\n')[0] ?? 'cannot connect');
    }
  });
}

/** A TCP tunnel from a connected hop to the next one (what `ssh -J` does with direct-tcpip). */
function tunnel(via: Client, viaLabel: string, to: Hop): Promise<ClientChannel> {
  const viaName = viaLabel.replace(/^ssh (jump host )?/, '');
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (err?: TransportError, stream?: ClientChannel): void => {
      if (settled) return stream?.close();
      settled = true;
      clearTimeout(timer);
      to.signal.removeEventListener('abort', onAbort);
      if (err) reject(err);
      else resolve(stream!);
    };
    const onAbort = (): void => settle(new TransportError(`${to.label}: aborted`));
    // the jump host may never answer the channel open; the handshake budget covers it too
    const timer = setTimeout(() => settle(new TransportError(`${to.label}: jump host ${viaName} did not open a tunnel within ${to.readyTimeoutMs / 1000}s`)), to.readyTimeoutMs);
    if (to.signal.aborted) return onAbort();
    to.signal.addEventListener('abort', onAbort, { once: true });
    via.forwardOut('127.0.0.1', 0, to.host, to.port, (err, stream) => {
      if (!err) return settle(undefined, stream);
      const why = errorMessage(err).replace(/^\(SSH\) Channel open failure: /, '');
      settle(new TransportError(`${to.label}: jump host ${viaName} cannot reach ${to.host}:${to.port}: ${why}`));
    });
  });
}

/** Connect to a target (through its jump hosts) and authenticate. Throws TransportError with one line. */
export async function connectSsh(opts: SshConnectOptions): Promise<Transport> {
  const chain = await resolveChain(opts, 0);
  // ssh2 is CommonJS: Node's ESM loader exposes only some names statically (not `utils`), so
  // take the module object itself
  const loaded = (await import('ssh2')) as Ssh2 & { default?: Ssh2 };
  const ssh2 = loaded.default ?? loaded;
  const clients: Client[] = [];
  try {
    for (const [i, hop] of chain.entries()) {
      const sock = i > 0 ? await tunnel(clients[i - 1]!, chain[i - 1]!.label, hop) : undefined;
      if (i < chain.length - 1) hop.label = hop.label.replace(/^ssh /, 'ssh jump host ');
      clients.push(await openClient(ssh2, hop, sock));
    }
  } catch (err) {
    for (const c of clients.reverse()) c.end();
    throw err;
  }
  return new SshTransport(clients, chain[chain.length - 1]!.label);
}

/** Resolves when the client's socket has closed, or destroys it after `ms`. */
const closed = (c: Client, ms: number): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(() => {
      c.destroy();
      resolve();
    }, ms);
    c.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });

class SshTransport implements Transport {
  readonly name = 'ssh';
  private closed = false;
  private lost: string | undefined;
  private readonly pending = new Set<(reason: string) => void>();
  private readonly ended = new Set<Client>();

  constructor(
    private readonly clients: Client[],
    readonly label: string,
  ) {
    for (const c of clients) c.once('close', () => this.ended.add(c));
    const target = clients[clients.length - 1]!;
    target.on('error', (err: Error) => {
      this.lost ??= errorMessage(err).split('\n')[0];
    });
    target.on('close', () => {
      this.lost ??= 'connection closed';
      for (const stop of [...this.pending]) stop(`connection lost: ${this.lost}`);
    });
  }

  private run(command: string, req: { stdin?: string; timeoutMs: number; signal: AbortSignal; maxOutputBytes?: number }): Promise<ChannelRun> {
    const empty = (error: string): ChannelRun => ({ stdout: Buffer.alloc(0), stderr: '', code: null, error });
    if (this.closed) return Promise.resolve(empty('connection closed'));
    if (this.lost) return Promise.resolve(empty(`connection lost: ${this.lost}`));
    return runChannel(this.clients[this.clients.length - 1]!, command, { ...req, maxOutputBytes: req.maxOutputBytes ?? DEFAULT_MAX_OUTPUT }, this.pending);
  }

  async exec(req: ExecRequest): Promise<ExecResult> {
    if (req.argv.length === 0) return { stdout: '', stderr: '', code: null, error: 'empty argv' };
    const r = await this.run(shellCommand(req.argv), req);
    return { stdout: r.stdout.toString('utf8'), stderr: r.stderr, code: r.code, ...(r.error ? { error: r.error } : {}) };
  }

  async readFile(req: ReadFileRequest): Promise<Buffer> {
    const max = req.maxBytes ?? DEFAULT_MAX_OUTPUT;
    const r = await this.run(shellCommand(['cat', '--', req.path]), { timeoutMs: req.timeoutMs, signal: req.signal, maxOutputBytes: max });
    if (r.error?.startsWith('output exceeded')) throw new Error(`${req.path}: larger than ${max} bytes`);
    if (r.error) throw new Error(`${req.path}: ${r.error}`);
    // cat says "cat: PATH: No such file or directory"; the reason without the program name is enough
    if (r.code !== 0) throw new Error(r.stderr.trim().split('\n')[0]?.replace(/^cat: /, '') || `${req.path}: cat exited ${String(r.code)}`);
    return r.stdout;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // Wait (briefly) for the sockets to close, so a scan that ends leaves no connection behind.
    const gone = this.clients.filter((c) => !this.ended.has(c)).map((c) => closed(c, 2000));
    for (const c of [...this.clients].reverse()) c.end();
    await Promise.all(gone);
  }
}
