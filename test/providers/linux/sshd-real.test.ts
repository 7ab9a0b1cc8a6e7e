// The real OpenSSH daemon as the oracle: `sshd -T -f FILE -h KEY` prints the effective config,
// which must (1) drive the checks through our sshd -T parser and (2) agree with our own reading
// of the same files (Include, first-match-wins, Match, algorithm +/- lists) for the keys we check.
// Needs root (sshd -T refuses otherwise) and openssh-server (.ci/run installs it).
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSshdConfig, parseSshdT } from '../../../src/providers/linux/parse-sshd.js';
import type { SshdFacts } from '../../../src/kit/linux/facts.js';
import { runCheck } from '../../helpers/check-tester.js';
import permitRootLogin from '../../../checks/linux/linux.ssh.permit-root-login.js';
import weakCiphers from '../../../checks/linux/linux.ssh.weak-ciphers.js';
import weakMacs from '../../../checks/linux/linux.ssh.weak-macs.js';
import maxAuthTries from '../../../checks/linux/linux.ssh.max-auth-tries.js';
import x11 from '../../../checks/linux/linux.ssh.x11-forwarding.js';
import passwordAuth from '../../../checks/linux/linux.ssh.password-authentication.js';

const SSHD = ['/usr/sbin/sshd', '/usr/local/sbin/sshd'].find((p) => existsSync(p));
const isRoot = process.getuid?.() === 0;
const run = promisify(execFile);

describe.skipIf(!isRoot)('real sshd -T (skipped: sshd -T needs root)', () => {
  let dir = '';
  let key = '';
  beforeAll(() => {
    if (!SSHD) throw new Error('openssh-server is not installed: apt-get install -y openssh-server (.ci/run installs it)');
    dir = mkdtempSync(join(tmpdir(), 'ztaudit-sshd-'));
    key = join(dir, 'hostkey');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', key]);
    // sshd -T insists on its privilege separation directory (the Debian unit creates it)
    mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
  });
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  async function sshdT(main: string, dropIns: Record<string, string> = {}): Promise<{ effective: Record<string, string>; files: { path: string; content: string }[] }> {
    const conf = join(dir, `sshd_config-${Math.random().toString(36).slice(2)}`);
    const dropDir = `${conf}.d`;
    mkdirSync(dropDir);
    const files = [{ path: conf, content: main.replaceAll('@DROPDIR@', dropDir) }];
    for (const [name, content] of Object.entries(dropIns)) files.push({ path: join(dropDir, name), content });
    for (const f of files) writeFileSync(f.path, f.content);
    const { stdout } = await run(SSHD!, ['-T', '-f', conf, '-h', key]);
    return { effective: parseSshdT(stdout), files };
  }
  const facts = (effective: Record<string, string>): SshdFacts => ({ installed: true, source: 'sshd -T', effective, files: [], matchBlocks: 0, notes: [] });
  const status = (check: Parameters<typeof runCheck>[0], effective: Record<string, string>) => runCheck(check, { 'linux.sshd': facts(effective) }).map((r) => r.status);

  it('a weak config fails the checks, through the real daemon', async () => {
    const { effective } = await sshdT('PermitRootLogin yes\nCiphers +aes128-cbc\nMACs hmac-sha2-256,hmac-md5\nMaxAuthTries 8\nX11Forwarding yes\nPasswordAuthentication yes\n');
    expect(effective.permitrootlogin).toBe('yes');
    expect(status(permitRootLogin, effective)).toEqual(['fail']);
    expect(status(weakCiphers, effective)).toEqual(['fail']);
    expect(status(weakMacs, effective)).toEqual(['fail']);
    expect(status(maxAuthTries, effective)).toEqual(['fail']);
    expect(status(x11, effective)).toEqual(['fail']);
    expect(status(passwordAuth, effective)).toEqual(['fail']);
  });

  it('a hardened config passes them', async () => {
    const { effective } = await sshdT('PermitRootLogin no\nCiphers aes256-gcm@openssh.com,aes128-ctr\nMACs hmac-sha2-512-etm@openssh.com\nMaxAuthTries 3\nX11Forwarding no\nPasswordAuthentication no\n');
    for (const check of [permitRootLogin, weakCiphers, weakMacs, maxAuthTries, x11, passwordAuth]) expect(status(check, effective), check.meta.id).toEqual(['pass']);
  });

  it('our reading of the files agrees with sshd -T (Include order, first value wins, Match, algorithm lists, time units)', async () => {
    const { effective, files } = await sshdT(
      [
        'Include @DROPDIR@/*.conf',
        'PermitRootLogin yes',
        'PasswordAuthentication yes',
        'MaxAuthTries 9',
        'LoginGraceTime 2m',
        'Ciphers -*-cbc,chacha20*',
        'MACs +hmac-md5',
        'AllowGroups admins',
        'Match User bob',
        '  X11Forwarding yes',
        '  PasswordAuthentication no',
        '',
      ].join('\n'),
      { '20-late.conf': 'PermitRootLogin prohibit-password\nMaxAuthTries 5\nX11Forwarding no\n', '10-early.conf': 'PermitRootLogin no\nClientAliveInterval 300\n' },
    );
    const ours = parseSshdConfig(files, files[0]!.path).effective;
    const keys = ['permitrootlogin', 'passwordauthentication', 'maxauthtries', 'x11forwarding', 'clientaliveinterval', 'logingracetime', 'ciphers', 'macs', 'allowgroups', 'permitemptypasswords', 'hostbasedauthentication', 'ignorerhosts', 'permituserenvironment', 'allowagentforwarding', 'allowtcpforwarding', 'maxsessions', 'maxstartups', 'usepam', 'gssapiauthentication', 'loglevel', 'kexalgorithms'];
    for (const k of keys) expect(ours[k], k).toBe(effective[k]);
    expect(effective.permitrootlogin).toBe('no');
  });
});
