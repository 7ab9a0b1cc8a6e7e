// A real OpenSSH server for transport tests: 127.0.0.1 only, a random free port, throwaway host
// and user keys made by ssh-keygen in a temp folder, debug log in a file the tests can read.
// When sshd or ssh-keygen is missing, `sshdMissing` says why and the suites skip with it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SSHD = '/usr/sbin/sshd';

const which = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

/** Why the real-sshd tests cannot run here, or undefined when they can. */
export const sshdMissing: string | undefined = !existsSync(SSHD)
  ? `${SSHD} not found (apt-get install openssh-server)`
  : !which('ssh-keygen')
    ? 'ssh-keygen not found (apt-get install openssh-client)'
    : undefined;

export interface KeyPair {
  /** private key file */
  path: string;
  /** public key line: "type base64 comment" */
  pub: string;
  type: string;
  base64: string;
}

/** Make a key pair with ssh-keygen (ed25519 unless told; empty passphrase unless given). */
export function keygen(dir: string, name: string, opts: { type?: 'ed25519' | 'ecdsa' | 'rsa'; passphrase?: string } = {}): KeyPair {
  const path = join(dir, name);
  rmSync(path, { force: true });
  rmSync(`${path}.pub`, { force: true });
  const args = ['-q', '-t', opts.type ?? 'ed25519', '-N', opts.passphrase ?? '', '-C', name, '-f', path];
  if (opts.type === 'rsa') args.push('-b', '2048');
  const r = spawnSync('ssh-keygen', args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ssh-keygen failed: ${r.stderr}`);
  const pub = readFileSync(`${path}.pub`, 'utf8').trim();
  const [type, base64] = pub.split(/\s+/);
  return { path, pub, type: type!, base64: base64! };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

const canConnect = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const s = connect({ host: '127.0.0.1', port });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });

export interface TestSshd {
  port: number;
  dir: string;
  hostKey: KeyPair;
  /** a user key listed in authorized_keys */
  userKey: KeyPair;
  /** the debug log so far */
  log(): string;
  /** `[127.0.0.1]:PORT type base64`, the known_hosts line for this server */
  knownHostsLine(): string;
  stop(): Promise<void>;
}

export interface SshdOptions {
  /** reuse a folder (and its user key) — e.g. to restart with another host key on the same port */
  dir?: string;
  port?: number;
  /** file name of the host key in `dir`; made when missing */
  hostKeyName?: string;
  hostKeyType?: 'ed25519' | 'ecdsa' | 'rsa';
  /** more sshd_config lines */
  extra?: string[];
}

export async function startSshd(opts: SshdOptions = {}): Promise<TestSshd> {
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'ztaudit-sshd-'));
  const port = opts.port ?? (await freePort());
  const hostKeyName = opts.hostKeyName ?? 'host_key';
  const hostKey = existsSync(join(dir, hostKeyName)) ? readKey(dir, hostKeyName) : keygen(dir, hostKeyName, { type: opts.hostKeyType ?? 'ed25519' });
  const userKey = existsSync(join(dir, 'user_key')) ? readKey(dir, 'user_key') : keygen(dir, 'user_key');
  if (!existsSync(join(dir, 'authorized_keys'))) writeFileSync(join(dir, 'authorized_keys'), `${userKey.pub}\n`);
  const config = join(dir, 'sshd_config');
  const logFile = join(dir, `sshd-${port}.log`);
  writeFileSync(
    config,
    [
      'ListenAddress 127.0.0.1',
      `HostKey ${join(dir, hostKeyName)}`,
      'UsePAM no',
      'StrictModes no',
      `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
      `PidFile ${join(dir, 'sshd.pid')}`,
      'PermitRootLogin prohibit-password',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'AllowTcpForwarding yes',
      'LogLevel DEBUG1',
      ...(opts.extra ?? []),
      '',
    ].join('\n'),
  );
  mkdirSync('/run/sshd', { recursive: true });
  const child: ChildProcess = spawn(SSHD, ['-D', '-e', '-f', config, '-p', String(port), '-E', logFile], { stdio: 'ignore' });
  let exited = false;
  child.once('exit', () => (exited = true));
  const log = (): string => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');
  const deadline = Date.now() + 10_000;
  while (!(await canConnect(port))) {
    if (exited || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`sshd did not start on 127.0.0.1:${port}: ${log().slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    port,
    dir,
    hostKey,
    userKey,
    log,
    knownHostsLine: () => `[127.0.0.1]:${port} ${hostKey.type} ${hostKey.base64}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function readKey(dir: string, name: string): KeyPair {
  const path = join(dir, name);
  const pub = readFileSync(`${path}.pub`, 'utf8').trim();
  const [type, base64] = pub.split(/\s+/);
  return { path, pub, type: type!, base64: base64! };
}
