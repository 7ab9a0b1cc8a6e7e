// The real collection script run with --root on the fixture trees, then every linux check on
// the facts it produced: the hardened tree passes, the weak tree fails where it is weak.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { linuxCollector } from '../../../src/providers/linux/index.js';
import type { Collected } from '../../../src/kinds/types.js';
import type { Check } from '../../../src/engine/check.js';
import { evaluateCheck } from '../../../src/engine/evaluate.js';
import { loadCheckDir } from '../../../src/engine/registry.js';
import type { Result } from '../../../src/engine/types.js';
import type { AccountsFacts, SshdFacts } from '../../../src/kit/linux/facts.js';
import { prepareRoot, repoRoot } from './fixture-root.js';

const ctx = { timeoutMs: 30_000, signal: new AbortController().signal, log: () => {} };
let checks: Check[];
const roots: Record<string, { root: string; cleanup: () => void }> = {};
const collected: Record<string, Collected> = {};

function evaluateAll(c: Collected): Map<string, Result[]> {
  const target = { target: { id: 'linux:fixture', kind: 'linux' as const, name: 'fixture' }, status: c.status ?? 'ok', durationMs: 0, facts: c.facts };
  return new Map(checks.map((check) => [check.meta.id, evaluateCheck(check, target)]));
}
const statusOf = (rs: Result[] | undefined): string => {
  const s = new Set((rs ?? []).map((r) => r.status));
  return s.has('fail') ? 'fail' : s.has('error') ? 'error' : s.has('pass') ? 'pass' : [...s][0] ?? 'none';
};
const value = <T>(c: Collected, key: string): T => {
  const f = c.facts[key];
  if (!f?.ok) throw new Error(`${key} not collected: ${f ? f.reason : 'absent'}`);
  return f.value as T;
};

beforeAll(async () => {
  checks = await loadCheckDir(join(repoRoot, 'checks/linux'), true);
  for (const name of ['hardened-root', 'weak-root'] as const) {
    roots[name] = prepareRoot(name);
    collected[name] = await linuxCollector.collect({ id: name, kind: 'linux', name, options: { root: roots[name].root } }, ctx);
  }
});
afterAll(() => Object.values(roots).forEach((r) => r.cleanup()));

describe('--root on the hardened tree', () => {
  it('collects every fact; runtime-only ones are not applicable', () => {
    const c = collected['hardened-root']!;
    expect(c.status).toBe('ok');
    for (const [key, f] of Object.entries(c.facts)) {
      if (!f.ok) expect(f.notApplicable, `${key}: ${f.reason}`).toBe(true);
    }
    expect(c.facts['linux.secureboot']).toMatchObject({ ok: false, notApplicable: true });
    const sshd = value<SshdFacts>(c, 'linux.sshd');
    expect(sshd).toMatchObject({ installed: true, source: 'config', matchBlocks: 1 });
    expect(sshd.files).toEqual(['/etc/ssh/sshd_config', '/etc/ssh/sshd_config.d/10-hardening.conf']);
    expect(sshd.effective.x11forwarding).toBe('no'); // the drop-in comes first
    expect(sshd.effective.passwordauthentication).toBe('no'); // the Match block does not leak
  });
  it('passes every linux check (or is not applicable where a runtime fact is needed)', () => {
    const results = evaluateAll(collected['hardened-root']!);
    const bad = [...results].filter(([, rs]) => rs.some((r) => r.status === 'fail' || r.status === 'error')).map(([id, rs]) => `${id}: ${rs.map((r) => r.message).join(' | ')}`);
    expect(bad).toEqual([]);
    expect(statusOf(results.get('linux.secureboot.enabled'))).toBe('not_applicable');
    expect(statusOf(results.get('linux.ssh.permit-root-login'))).toBe('pass');
    expect(statusOf(results.get('linux.storage.root-encrypted'))).toBe('pass');
    expect(statusOf(results.get('linux.firewall.default-deny-input'))).toBe('pass');
  });
  it('never carries a password hash', () => {
    expect(JSON.stringify(collected['hardened-root']!.facts)).not.toMatch(/DUMMY|\$y\$|\$6\$/);
  });
});

describe('--root on the weak tree', () => {
  const expectFail: Record<string, string> = {
    'linux.ssh.permit-root-login': 'PermitRootLogin is yes',
    'linux.ssh.password-authentication': '',
    'linux.ssh.permit-empty-passwords': '',
    'linux.ssh.weak-ciphers': 'aes128-cbc, 3des-cbc',
    'linux.ssh.weak-macs': 'hmac-md5, hmac-sha1',
    'linux.ssh.weak-kex': 'diffie-hellman-group1-sha1',
    'linux.ssh.max-auth-tries': '',
    'linux.ssh.x11-forwarding': '',
    'linux.ssh.permit-user-environment': '',
    'linux.ssh.ignore-rhosts': '',
    'linux.ssh.hostbased-authentication': '',
    'linux.ssh.log-level': '',
    'linux.ssh.login-grace-time': '',
    'linux.ssh.access-restricted': '',
    'linux.sysctl.aslr': '',
    'linux.sysctl.ip-forward': '',
    'linux.sysctl.source-route': '',
    'linux.sysctl.tcp-syncookies': '',
    'linux.sysctl.ptrace-scope': '',
    'linux.accounts.extra-uid0': 'toor has UID 0',
    'linux.accounts.empty-passwords': 'guest',
    'linux.accounts.system-accounts-locked': 'games',
    'linux.accounts.pass-max-days': '',
    'linux.accounts.password-hashing': 'MD5',
    'linux.accounts.password-max-age': '',
    'linux.accounts.default-umask': '',
    'linux.files.shadow-perms': '0644',
    'linux.files.sshd-config-perms': '0666',
    'linux.files.path-world-writable': '/opt/tools/bin',
    'linux.files.tmp-sticky': '/tmp',
    'linux.firewall.default-deny-input': 'accept',
    'linux.firewall.forward-policy': '',
    'linux.firewall.enabled-at-boot': '',
    'linux.audit.auditd-installed': '',
    'linux.timesync.enabled': '',
    'linux.updates.automatic-security-updates': 'unattended-upgrades is not installed',
    'linux.storage.root-encrypted': '/dev/sda1',
    'linux.mac.enabled': '',
    'linux.coredump.hard-limit': '',
    'linux.coredump.suid-dumpable': '',
    'linux.services.legacy-cleartext': 'in.telnetd',
  };
  it('fails the weak settings with the right messages', () => {
    const results = evaluateAll(collected['weak-root']!);
    for (const [id, text] of Object.entries(expectFail)) {
      const rs = results.get(id);
      expect(statusOf(rs), `${id}: ${rs?.map((r) => `${r.status} ${r.message}`).join(' | ')}`).toBe('fail');
      if (text) expect(rs?.filter((r) => r.status === 'fail').map((r) => r.message).join(' | '), id).toContain(text);
    }
  });
  it('reads accounts from the tree: extra UID 0 and an empty password, without hashes', () => {
    const acc = value<AccountsFacts>(collected['weak-root']!, 'linux.accounts');
    expect(acc.accounts.filter((a) => a.uid === 0).map((a) => a.name)).toEqual(['root', 'toor']);
    expect(acc.accounts.find((a) => a.name === 'guest')?.password).toBe('empty');
    expect(JSON.stringify(collected['weak-root']!.facts)).not.toMatch(/DUMMY|\$6\$/);
  });
  it('audits checks that need auditd as not applicable when it is absent', () => {
    const results = evaluateAll(collected['weak-root']!);
    expect(statusOf(results.get('linux.audit.rules-identity'))).toBe('not_applicable');
  });
});

describe('collector failure modes', () => {
  it('a root that is not a directory is unreachable with one clear reason', async () => {
    const c = await linuxCollector.collect({ id: 'x', kind: 'linux', name: 'x', options: { root: '/nonexistent/ztaudit-root' } }, ctx);
    expect(c.status).toBe('unreachable');
    expect(c.error).toBe('ztaudit: /nonexistent/ztaudit-root is not a directory');
  });
  it('an aborted collection stops the script', async () => {
    const ac = new AbortController();
    ac.abort();
    const c = await linuxCollector.collect({ id: 'x', kind: 'linux', name: 'x', options: { root: roots['weak-root']!.root } }, { ...ctx, signal: ac.signal });
    expect(c.status).toBe('unreachable');
    expect(c.error).toBe('collection aborted');
  });
});
