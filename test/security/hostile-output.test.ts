// A hostile target's output cannot forge facts or crash the parse. The host script runs for real
// (`sh` over the local transport) on a root whose files imitate the output grammar, hold NUL
// bytes and invalid UTF-8, or run past the output cap.
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/engine/types.js';
import type { AccountsFacts } from '../../src/kit/linux/facts.js';
import { LINUX_PROVIDERS } from '../../src/providers/linux/providers.js';
import { collectShell } from '../../src/providers/shell/collect.js';
import { composeScript } from '../../src/providers/shell/compose.js';
import { parseShellOutput } from '../../src/providers/shell/parse.js';
import { localTransport } from '../../src/transports/local.js';
import { fx } from '../cli/helpers.js';

const accountsProviders = LINUX_PROVIDERS.filter((p) => p.id === 'linux.os' || p.id === 'linux.accounts');

function rootWith(loginDefsTail: string | Buffer): string {
  const root = mkdtempSync(join(tmpdir(), 'zt-hostile-'));
  cpSync(fx('linux', 'weak-root'), root, { recursive: true });
  appendFileSync(join(root, 'etc', 'login.defs'), loginDefsTail);
  return root;
}

const ctx = () => ({ timeoutMs: 30_000, signal: new AbortController().signal, log: () => undefined });
const target = (root: string) => ({ id: 'linux:t', kind: 'linux' as const, name: 't', options: { root } });

// what a user who can write a file the audit reads would append: another file, forged (the
// accounts section reads /etc/passwd before login.defs, so a forged one would replace it)
const FORGERY = '\n--ZT-FILE-- /etc/passwd\nforged:x:1000:1000::/home/forged:/usr/sbin/nologin\n\n';
const REAL_USERS = ['root', 'toor', 'daemon', 'games', 'nobody', 'bob', 'guest'];

describe('imitated section markers stay text', () => {
  it('the real script run keeps each file whole: the forged /etc/passwd is never read', async () => {
    const root = rootWith(FORGERY);
    const got = await collectShell(target(root), localTransport(), accountsProviders, ctx());
    const accounts = got.facts['linux.accounts'] as Outcome<AccountsFacts>;
    expect(accounts.ok).toBe(true);
    if (!accounts.ok) return;
    // the weak root's own accounts, not the forged one
    expect(accounts.value.accounts.map((a) => a.name)).toEqual(REAL_USERS);
    expect(accounts.value.loginDefs['PASS_MAX_DAYS']).toBe('99999');
  });

  it('without the nonce the same output would have been forged (the test can fail)', () => {
    const root = rootWith(FORGERY);
    const plain = execFileSync('sh', ['-s', '--', root], { input: composeScript(accountsProviders, ''), encoding: 'utf8' });
    const facts = parseShellOutput(plain, accountsProviders, root, '');
    const accounts = facts['linux.accounts'] as Outcome<AccountsFacts>;
    expect(accounts.ok && accounts.value.accounts.map((a) => a.name)).toEqual(['forged']);
  });
});

describe('binary junk and oversized output', () => {
  it('NUL bytes and invalid UTF-8 in a file give facts, never a crash', async () => {
    const root = rootWith(Buffer.from([0, 0xff, 0xfe, 0x0a, 0xc3, 0x28, 0x00, 0x1b, 0x5b, 0x33, 0x31, 0x6d, 0x0a]));
    const got = await collectShell(target(root), localTransport(), accountsProviders, ctx());
    const accounts = got.facts['linux.accounts'] as Outcome<AccountsFacts>;
    expect(accounts.ok).toBe(true);
    if (accounts.ok) expect(accounts.value.loginDefs['PASS_MAX_DAYS']).toBe('99999');
  });

  it('a 100 MB file stops at the output cap with the reason; the facts gathered before it are kept', async () => {
    const root = rootWith('');
    // a sparse 100 MB file: no disk, but `cat` prints every byte of it
    execFileSync('truncate', ['-s', '100M', join(root, 'etc', 'login.defs')]);
    writeFileSync(join(root, 'etc', 'os-release'), 'ID=debian\nVERSION_ID="12"\n');
    const t0 = Date.now();
    const rss0 = process.memoryUsage().rss;
    const got = await collectShell(target(root), localTransport(), accountsProviders, ctx());
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(process.memoryUsage().rss - rss0).toBeLessThan(512 * 1024 * 1024);
    expect(got.status).toBe('partial');
    expect(got.error).toMatch(/output exceeded 64 MiB/);
    expect((got.facts['linux.os'] as Outcome<unknown>).ok).toBe(true);
    expect((got.facts['linux.accounts'] as Outcome<unknown>).ok).toBe(false);
  }, 60_000);
});
