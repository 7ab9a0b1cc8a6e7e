// The SSH transport against a real OpenSSH server on 127.0.0.1 (see test/helpers/sshd.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSsh, type SshConnectOptions } from '../../src/transports/ssh.js';
import { TransportError, type Transport } from '../../src/transports/types.js';
import { freePort, keygen, sshdMissing, startSshd, type TestSshd } from '../helpers/sshd.js';

const title = (name: string): string => (sshdMissing ? `${name} (skipped: ${sshdMissing})` : name);
const signal = (): AbortSignal => new AbortController().signal;

/** OpenSSH's own fingerprint of a public key file, to compare our messages with. */
const opensshFingerprint = (pubFile: string): string => spawnSync('ssh-keygen', ['-lf', pubFile], { encoding: 'utf8' }).stdout.split(/\s+/)[1]!;

const count = (text: string, needle: string): number => text.split('\n').filter((l) => l.includes(needle)).length;

/** Connect and expect a TransportError; return its message. */
async function refused(opts: SshConnectOptions): Promise<string> {
  try {
    const t = await connectSsh(opts);
    await t.close();
  } catch (err) {
    expect(err).toBeInstanceOf(TransportError);
    return (err as Error).message;
  }
  throw new Error('connect succeeded but should have been refused');
}

describe.skipIf(!!sshdMissing)(title('SSH transport against a real sshd'), () => {
  let sshd: TestSshd;
  let work: string;
  let known: string;
  const base = (over: Partial<SshConnectOptions> = {}): SshConnectOptions => ({
    host: '127.0.0.1',
    port: sshd.port,
    user: 'root',
    identityFiles: [sshd.userKey.path],
    agent: null,
    sshConfigFile: null,
    knownHostsFiles: [known],
    readyTimeoutMs: 10_000,
    signal: signal(),
    ...over,
  });

  beforeAll(async () => {
    sshd = await startSshd();
    work = mkdtempSync(join(tmpdir(), 'ztaudit-ssh-test-'));
    known = join(work, 'known_hosts');
    writeFileSync(known, `${sshd.knownHostsLine()}\n`);
  });
  afterAll(async () => {
    await sshd?.stop();
  });

  describe('exec and readFile on one connection', () => {
    let t: Transport;
    beforeAll(async () => {
      t = await connectSsh(base());
    });
    afterAll(async () => {
      await t?.close();
    });

    it('passes argv quoted and stdin to sh -s: "$1" arrives as one argument', async () => {
      const r = await t.exec({ argv: ['sh', '-s', '--', 'a b'], stdin: 'printf "%s" "$1"\n', timeoutMs: 10_000, signal: signal() });
      expect(r).toEqual({ stdout: 'a b', stderr: '', code: 0 });
    });

    it('returns a nonzero exit code and stderr', async () => {
      const r = await t.exec({ argv: ['sh', '-c', 'echo oops >&2; exit 7'], timeoutMs: 10_000, signal: signal() });
      expect(r.code).toBe(7);
      expect(r.stderr).toBe('oops\n');
      expect(r.error).toBeUndefined();
    });

    it('reports a program killed by a signal: code null and the signal named', async () => {
      const r = await t.exec({ argv: ['sh', '-c', 'kill -9 $$'], timeoutMs: 10_000, signal: signal() });
      expect(r).toMatchObject({ code: null, error: 'killed by signal SIGKILL' });
    });

    it('sends a shell-injection argument literally and runs nothing of it', async () => {
      const marker = join(work, 'pwned');
      const evil = `'; touch ${marker}; '`;
      const r = await t.exec({ argv: ['printf', '%s', evil], timeoutMs: 10_000, signal: signal() });
      expect(r.stdout).toBe(evil);
      expect(r.code).toBe(0);
      const r2 = await t.exec({ argv: ['sh', '-c', 'printf "%s|" "$@"', 'sh', '$(id)', '`id`', 'x;y', '"q"'], timeoutMs: 10_000, signal: signal() });
      expect(r2.stdout).toBe('$(id)|`id`|x;y|"q"|');
      expect(existsSync(marker)).toBe(false);
    });

    it('stops a hung command at its time budget: code null, error, and the connection still works', async () => {
      const started = Date.now();
      const r = await t.exec({ argv: ['sleep', '30'], timeoutMs: 1000, signal: signal() });
      expect(r.code).toBeNull();
      expect(r.error).toBe('timed out after 1s');
      expect(Date.now() - started).toBeLessThan(5000);
      const again = await t.exec({ argv: ['echo', 'still here'], timeoutMs: 10_000, signal: signal() });
      expect(again).toEqual({ stdout: 'still here\n', stderr: '', code: 0 });
    });

    it('asks the server to kill the program at the time budget (a signal request on the channel)', async () => {
      const before = sshd.log().length;
      const r = await t.exec({ argv: ['sleep', '31.25'], timeoutMs: 1500, signal: signal() });
      expect(r).toMatchObject({ code: null, error: 'timed out after 1.5s' });
      // OpenSSH delivers it with killpg for ordinary users; for root logins (no post-auth privilege
      // separation) it logs a refusal and the program runs on, which is why only the request is checked.
      const deadline = Date.now() + 3000;
      while (!sshd.log().slice(before).includes('req signal') && Date.now() < deadline) await new Promise((res) => setTimeout(res, 50));
      expect(sshd.log().slice(before)).toMatch(/session_input_channel_req: session \d+ req signal/);
    });

    it('stops on abort with the abort reason', async () => {
      const ac = new AbortController();
      setTimeout(() => ac.abort(new Error('timed out after 0.3s')), 300);
      const r = await t.exec({ argv: ['sleep', '30'], timeoutMs: 10_000, signal: ac.signal });
      expect(r).toMatchObject({ code: null, error: 'timed out after 0.3s' });
    });

    it('caps stdout at maxOutputBytes (an error) and stderr at its first 64 KiB (no error)', async () => {
      const r = await t.exec({ argv: ['head', '-c', '1000000', '/dev/zero'], timeoutMs: 10_000, signal: signal(), maxOutputBytes: 1000 });
      expect(r.code).toBeNull();
      expect(r.error).toBe('output exceeded 1000 bytes');
      expect(r.stdout.length).toBeLessThanOrEqual(1000);
      const e = await t.exec({ argv: ['sh', '-c', 'head -c 100000 /dev/zero | tr "\\0" e >&2; echo done'], timeoutMs: 10_000, signal: signal() });
      expect(e).toMatchObject({ stdout: 'done\n', code: 0 });
      expect(e.stderr).toBe('e'.repeat(64 * 1024));
    });

    it('reads a file whose name needs quoting, byte for byte; refuses one over maxBytes; says why one is missing', async () => {
      const path = join(work, "odd name 'x'.bin");
      const bytes = Buffer.from([0, 1, 2, 255, 10, 13, 0x80]);
      writeFileSync(path, bytes);
      expect((await t.readFile({ path, timeoutMs: 10_000, signal: signal() })).equals(bytes)).toBe(true);
      await expect(t.readFile({ path, timeoutMs: 10_000, signal: signal(), maxBytes: 3 })).rejects.toThrow(`${path}: larger than 3 bytes`);
      await expect(t.readFile({ path: join(work, 'missing'), timeoutMs: 10_000, signal: signal() })).rejects.toThrow(/missing: No such file or directory/);
    });
  });

  describe('one connection, one session channel per exec', () => {
    it('connect + one exec = one authentication and one session channel in the sshd log; a second exec reuses the connection', async () => {
      const before = sshd.log().length;
      const t = await connectSsh(base());
      expect((await t.exec({ argv: ['true'], timeoutMs: 10_000, signal: signal() })).code).toBe(0);
      let log = sshd.log().slice(before);
      expect(count(log, 'Accepted publickey for root')).toBe(1);
      expect(count(log, 'server_input_channel_open: ctype session')).toBe(1);
      expect((await t.exec({ argv: ['true'], timeoutMs: 10_000, signal: signal() })).code).toBe(0);
      log = sshd.log().slice(before);
      expect(count(log, 'Accepted publickey for root')).toBe(1);
      expect(count(log, 'server_input_channel_open: ctype session')).toBe(2);
      const closing = Date.now();
      await t.close();
      expect(Date.now() - closing).toBeLessThan(1500);
      await t.close(); // idempotent
      // the server saw this very connection end (matched by its client port)
      const clientPort = /Accepted publickey for root from 127\.0\.0\.1 port (\d+)/.exec(log)?.[1];
      const bye = `Disconnected from user root 127.0.0.1 port ${clientPort}`;
      const deadline = Date.now() + 3000;
      while (!sshd.log().includes(bye) && Date.now() < deadline) await new Promise((res) => setTimeout(res, 50));
      expect(sshd.log()).toContain(bye);
      expect(await t.exec({ argv: ['true'], timeoutMs: 1000, signal: signal() })).toMatchObject({ code: null, error: 'connection closed' });
    });

    it('ends a call with "connection lost" when the connection drops mid-read', async () => {
      const t = await connectSsh(base());
      // kill the sshd process that serves this connection, from inside the session
      const r = await t.exec({ argv: ['sh', '-c', 'echo partial; sleep 0.2; kill -9 $PPID; sleep 5'], timeoutMs: 10_000, signal: signal() });
      expect(r.code).toBeNull();
      expect(r.error).toMatch(/^connection lost: /);
      const after = await t.exec({ argv: ['true'], timeoutMs: 1000, signal: signal() });
      expect(after.error).toMatch(/^connection lost: /);
      await t.close();
    });
  });

  describe('host keys', () => {
    it('refuses an unknown host key with its OpenSSH fingerprint and writes nothing', async () => {
      const file = join(work, 'empty_known_hosts');
      writeFileSync(file, '');
      const msg = await refused(base({ knownHostsFiles: [file] }));
      const fp = opensshFingerprint(`${sshd.hostKey.path}.pub`);
      expect(msg).toBe(`ssh root@127.0.0.1:${sshd.port}: host key for [127.0.0.1]:${sshd.port} is not known (ssh-ed25519 ${fp}); add it to ${file} or run with --ssh-accept-new`);
      expect(readFileSync(file, 'utf8')).toBe('');
    });

    it('accept-new records the key in a new 0600 file in a new 0700 folder; the next connect passes without it', async () => {
      const file = join(work, 'fresh', 'sub', 'known_hosts');
      const t = await connectSsh(base({ knownHostsFiles: [file], acceptNew: true }));
      await t.close();
      expect(readFileSync(file, 'utf8')).toBe(`[127.0.0.1]:${sshd.port} ssh-ed25519 ${sshd.hostKey.base64}\n`);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(join(work, 'fresh', 'sub')).mode & 0o777).toBe(0o700);
      const t2 = await connectSsh(base({ knownHostsFiles: [file] }));
      expect((await t2.exec({ argv: ['echo', 'ok'], timeoutMs: 10_000, signal: signal() })).stdout).toBe('ok\n');
      await t2.close();
    });

    it('refuses a changed host key even with accept-new, naming the line', async () => {
      const other = keygen(work, 'other_host_key');
      const file = join(work, 'changed_known_hosts');
      const text = `# comment\n[127.0.0.1]:${sshd.port} ssh-ed25519 ${other.base64}\n`;
      writeFileSync(file, text);
      const msg = await refused(base({ knownHostsFiles: [file], acceptNew: true }));
      const fp = opensshFingerprint(`${sshd.hostKey.path}.pub`);
      expect(msg).toBe(
        `ssh root@127.0.0.1:${sshd.port}: host key for [127.0.0.1]:${sshd.port} CHANGED: offered ssh-ed25519 ${fp}, ${file} line 2 has another key: refusing (possible man-in-the-middle)`,
      );
      expect(readFileSync(file, 'utf8')).toBe(text);
    });

    it('matches a hashed entry made by ssh-keygen -H', async () => {
      const file = join(work, 'hashed_known_hosts');
      writeFileSync(file, `${sshd.knownHostsLine()}\n`);
      expect(spawnSync('ssh-keygen', ['-H', '-f', file], { encoding: 'utf8' }).status).toBe(0);
      expect(readFileSync(file, 'utf8')).toMatch(/^\|1\|[A-Za-z0-9+/=]+\|[A-Za-z0-9+/=]+ ssh-ed25519 /);
      const t = await connectSsh(base({ knownHostsFiles: [file] }));
      await t.close();
    });

    it('refuses a key marked @revoked even when another line lists it', async () => {
      const file = join(work, 'revoked_known_hosts');
      writeFileSync(file, `${sshd.knownHostsLine()}\n@revoked * ${sshd.hostKey.type} ${sshd.hostKey.base64}\n`);
      const msg = await refused(base({ knownHostsFiles: [file], acceptNew: true }));
      expect(msg).toMatch(new RegExp(`host key for \\[127\\.0\\.0\\.1\\]:${sshd.port} is REVOKED \\(ssh-ed25519 SHA256:[A-Za-z0-9+/]+, .* line 2\\): refusing$`));
    });
  });

  describe('authentication', () => {
    it('says "authentication failed" for a key the server does not know', async () => {
      const wrong = keygen(work, 'wrong_user_key');
      const msg = await refused(base({ identityFiles: [wrong.path] }));
      expect(msg).toBe(`ssh root@127.0.0.1:${sshd.port}: authentication failed (tried publickey)`);
    });

    it('fails cleanly with a password when the server accepts only keys, and never shows the password', async () => {
      const msg = await refused(base({ identityFiles: [], password: 'hunter2-secret' }));
      expect(msg).toBe(`ssh root@127.0.0.1:${sshd.port}: authentication failed (nothing to try that the server accepts (publickey))`);
      expect(msg).not.toContain('hunter2');
    });

    it('uses an encrypted key with its passphrase, and says why without one', async () => {
      const enc = keygen(work, 'enc_key', { passphrase: 'pass phrase 1' });
      writeFileSync(join(sshd.dir, 'authorized_keys'), `${sshd.userKey.pub}\n${enc.pub}\n`);
      const t = await connectSsh(base({ identityFiles: [enc.path], passphrase: 'pass phrase 1' }));
      expect((await t.exec({ argv: ['id', '-un'], timeoutMs: 10_000, signal: signal() })).stdout).toBe('root\n');
      await t.close();
      const msg = await refused(base({ identityFiles: [enc.path] }));
      expect(msg).toBe(`ssh root@127.0.0.1:${sshd.port}: authentication failed (nothing to try that the server accepts (publickey)); ${enc.path}: encrypted and no passphrase given`);
      const bad = await refused(base({ identityFiles: [enc.path], passphrase: 'wrong' }));
      expect(bad).toContain(`${enc.path}: cannot be decrypted with the passphrase given`);
      expect(bad).not.toContain('wrong');
    });

    it('authenticates with a key held by a real ssh-agent (no key file given)', async () => {
      const sock = join(work, 'agent.sock');
      const agent = spawnSync('ssh-agent', ['-a', sock, '-s'], { encoding: 'utf8' });
      expect(agent.status).toBe(0);
      const pid = Number(/SSH_AGENT_PID=(\d+)/.exec(agent.stdout)?.[1]);
      try {
        expect(spawnSync('ssh-add', [sshd.userKey.path], { env: { ...process.env, SSH_AUTH_SOCK: sock }, encoding: 'utf8' }).status).toBe(0);
        const before = sshd.log().length;
        const t = await connectSsh(base({ identityFiles: [], agent: sock }));
        expect((await t.exec({ argv: ['echo', 'agent'], timeoutMs: 10_000, signal: signal() })).stdout).toBe('agent\n');
        await t.close();
        expect(sshd.log().slice(before)).toContain(`Accepted publickey for root`);
        // an agent socket that is not there is skipped, and the failure says what was tried
        expect(await refused(base({ identityFiles: [], agent: join(work, 'no-agent.sock') }))).toBe(
          `ssh root@127.0.0.1:${sshd.port}: authentication failed (nothing to try that the server accepts (publickey))`,
        );
      } finally {
        if (pid > 0) process.kill(pid);
      }
    });

    it('takes an already-resolved private key (no file)', async () => {
      const t = await connectSsh(base({ identityFiles: [], privateKey: readFileSync(sshd.userKey.path) }));
      expect((await t.exec({ argv: ['echo', 'k'], timeoutMs: 10_000, signal: signal() })).stdout).toBe('k\n');
      await t.close();
    });
  });

  describe('ssh config', () => {
    it('connects through a Host alias with HostName, Port, User, IdentityFile and UserKnownHostsFile', async () => {
      const cfg = join(work, 'ssh_config');
      const closed = await freePort();
      writeFileSync(
        cfg,
        ['Host other', '  Port 1', 'Host lab-* !lab-bad', '  HostName 127.0.0.1', `  Port ${sshd.port}`, '  User root', `  IdentityFile ${sshd.userKey.path}`, `  UserKnownHostsFile ${known}`, 'Host *', '  HostName 127.0.0.1', `  Port ${closed}`, ''].join('\n'),
      );
      // known_hosts comes from the config's UserKnownHostsFile too
      const t = await connectSsh({ host: 'lab-web', agent: null, sshConfigFile: cfg, readyTimeoutMs: 10_000, signal: signal() });
      expect((await t.exec({ argv: ['id', '-un'], timeoutMs: 10_000, signal: signal() })).stdout).toBe('root\n');
      await t.close();
      // the negated pattern keeps lab-bad out of the block: it gets `Host *`, where nothing listens
      const msg = await refused({ host: 'lab-bad', user: 'root', agent: null, sshConfigFile: cfg, knownHostsFiles: [known], identityFiles: [], readyTimeoutMs: 5000, signal: signal() });
      expect(msg).toBe(`ssh root@127.0.0.1:${closed} (lab-bad): connection refused`);
    });
  });

  describe('ssh config jump loops', () => {
    it('refuses a ProxyJump loop before connecting, and ignores a jump through the host itself', async () => {
      const cfg = join(work, 'ssh_config_loop');
      writeFileSync(cfg, ['Host a', '  ProxyJump b', 'Host b', '  ProxyJump a', 'Host *', '  HostName 127.0.0.1', `  Port ${sshd.port}`, '  User root', `  IdentityFile ${sshd.userKey.path}`, '  ProxyJump self', ''].join('\n'));
      const common = { agent: null, sshConfigFile: cfg, knownHostsFiles: [known], readyTimeoutMs: 5000, signal: signal() };
      expect(await refused({ ...common, host: 'a' })).toMatch(/more than 8 jump hosts \(ProxyJump loop\?\)$/);
      const t = await connectSsh({ ...common, host: 'self' });
      expect((await t.exec({ argv: ['echo', 'self'], timeoutMs: 10_000, signal: signal() })).stdout).toBe('self\n');
      await t.close();
    });
  });

  describe('network failures', () => {
    it('says "connection refused" for a port nobody listens on', async () => {
      const port = await freePort();
      expect(await refused(base({ port }))).toBe(`ssh root@127.0.0.1:${port}: connection refused`);
    });

    it('gives up on a server that never speaks SSH after readyTimeoutMs', async () => {
      const { createServer } = await import('node:net');
      const silent = createServer(() => undefined);
      await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
      const port = (silent.address() as { port: number }).port;
      try {
        expect(await refused(base({ port, readyTimeoutMs: 500 }))).toBe(`ssh root@127.0.0.1:${port}: no SSH handshake within 0.5s`);
      } finally {
        silent.close();
      }
    });

    it('does not connect when already aborted', async () => {
      const ac = new AbortController();
      ac.abort();
      expect(await refused(base({ signal: ac.signal }))).toBe(`ssh root@127.0.0.1:${sshd.port}: aborted`);
    });
  });
});

describe.skipIf(!!sshdMissing)(title('SSH host key changes and jump hosts'), () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'ztaudit-ssh-test2-'));
  });

  it('refuses the key of a server restarted with another host key on the same port, even with accept-new', async () => {
    const first = await startSshd();
    const known = join(work, 'known_restart');
    const opts = (): SshConnectOptions => ({
      host: '127.0.0.1',
      port: first.port,
      user: 'root',
      identityFiles: [first.userKey.path],
      agent: null,
      sshConfigFile: null,
      knownHostsFiles: [known],
      acceptNew: true,
      readyTimeoutMs: 10_000,
      signal: signal(),
    });
    const t = await connectSsh(opts());
    await t.close();
    await first.stop();
    const second = await startSshd({ dir: first.dir, port: first.port, hostKeyName: 'host_key_new' });
    try {
      const msg = await refused(opts());
      expect(msg).toContain(`host key for [127.0.0.1]:${first.port} CHANGED: offered ssh-ed25519 ${opensshFingerprint(`${second.hostKey.path}.pub`)}, ${known} line 1 has another key`);
      expect(readFileSync(known, 'utf8').trim().split('\n')).toHaveLength(1);
    } finally {
      await second.stop();
    }
  });

  it('asks a server with several host keys for the type known_hosts has (ecdsa), not its preferred ed25519', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ztaudit-sshd-multi-'));
    const ecdsa = keygen(dir, 'host_ecdsa', { type: 'ecdsa' });
    const server = await startSshd({ dir, extra: [`HostKey ${ecdsa.path}`] });
    try {
      const known = join(work, 'known_ecdsa');
      writeFileSync(known, `[127.0.0.1]:${server.port} ${ecdsa.type} ${ecdsa.base64}\n`);
      const t = await connectSsh({ host: '127.0.0.1', port: server.port, user: 'root', identityFiles: [server.userKey.path], agent: null, sshConfigFile: null, knownHostsFiles: [known], readyTimeoutMs: 10_000, signal: signal() });
      await t.close();
      expect(server.log()).toContain('kex: host key algorithm: ecdsa-sha2-nistp256');
    } finally {
      await server.stop();
    }
  });

  it('reaches a target through a jump host (direct-tcpip channel on the jump, session on the target)', async () => {
    const jump = await startSshd();
    const target = await startSshd();
    try {
      const known = join(work, 'known_jump');
      writeFileSync(known, `${jump.knownHostsLine()}\n${target.knownHostsLine()}\n`);
      const common = { user: 'root', agent: null, sshConfigFile: null, knownHostsFiles: [known], readyTimeoutMs: 10_000, signal: signal() };
      const t = await connectSsh({
        ...common,
        host: '127.0.0.1',
        port: target.port,
        identityFiles: [target.userKey.path],
        jump: [{ ...common, host: '127.0.0.1', port: jump.port, identityFiles: [jump.userKey.path] }],
      });
      expect((await t.exec({ argv: ['echo', 'via jump'], timeoutMs: 10_000, signal: signal() })).stdout).toBe('via jump\n');
      await t.close();
      expect(jump.log()).toContain('server_input_channel_open: ctype direct-tcpip');
      expect(count(jump.log(), 'server_input_channel_open: ctype session')).toBe(0);
      expect(count(target.log(), 'server_input_channel_open: ctype session')).toBe(1);
      // a target the jump host cannot reach: one line naming both
      const closed = await freePort();
      const msg = await refused({ ...common, host: '127.0.0.1', port: closed, identityFiles: [target.userKey.path], jump: [{ ...common, host: '127.0.0.1', port: jump.port, identityFiles: [jump.userKey.path] }] });
      expect(msg).toBe(`ssh root@127.0.0.1:${closed}: jump host root@127.0.0.1:${jump.port} cannot reach 127.0.0.1:${closed}: Connection refused`);
    } finally {
      await jump.stop();
      await target.stop();
    }
  });

  it('follows ProxyJump from the ssh config', async () => {
    const jump = await startSshd();
    const target = await startSshd({ dir: jump.dir });
    try {
      const known = join(work, 'known_proxyjump');
      writeFileSync(known, `${jump.knownHostsLine()}\n${target.knownHostsLine()}\n`);
      const cfg = join(work, 'ssh_config_jump');
      writeFileSync(cfg, [`Host bastion`, `  HostName 127.0.0.1`, `  Port ${jump.port}`, `  User root`, `  IdentityFile ${jump.userKey.path}`, `Host inner`, `  HostName 127.0.0.1`, `  Port ${target.port}`, `  User root`, `  ProxyJump bastion`, `  IdentityFile ${target.userKey.path}`, ''].join('\n'));
      const t = await connectSsh({ host: 'inner', agent: null, sshConfigFile: cfg, knownHostsFiles: [known], readyTimeoutMs: 10_000, signal: signal() });
      expect((await t.exec({ argv: ['echo', 'hop'], timeoutMs: 10_000, signal: signal() })).stdout).toBe('hop\n');
      await t.close();
      expect(jump.log()).toContain('server_input_channel_open: ctype direct-tcpip');
      // an unknown jump host key is refused and says it is the jump host
      writeFileSync(known, `${target.knownHostsLine()}\n`);
      const msg = await refused({ host: 'inner', agent: null, sshConfigFile: cfg, knownHostsFiles: [known], readyTimeoutMs: 10_000, signal: signal() });
      expect(msg).toMatch(new RegExp(`^ssh jump host root@127\\.0\\.0\\.1:${jump.port} \\(bastion\\): host key for \\[127\\.0\\.0\\.1\\]:${jump.port} is not known`));
    } finally {
      await jump.stop();
      await target.stop();
    }
  });
});
