// The script is one fixed text that runs the same whether passed with `sh -c` (local) or on
// stdin with `sh -s -- ROOT` (how an SSH transport sends it), and as an unprivileged user it
// reports what it could not read instead of guessing: those facts become errors, never passes.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parseLinuxOutput } from '../../../src/providers/linux/index.js';
import { LINUX_SCRIPT } from '../../../src/providers/linux/index.js';
import type { AccountsFacts, SshdFacts } from '../../../src/kit/linux/facts.js';
import { evaluateCheck } from '../../../src/engine/evaluate.js';
import { loadCheckDir } from '../../../src/engine/registry.js';
import { prepareRoot, repoRoot } from './fixture-root.js';

const run = promisify(execFile);

describe('one script, two ways to send it', () => {
  let fixture: { root: string; cleanup: () => void };
  beforeAll(() => {
    fixture = prepareRoot('weak-root');
  });
  afterAll(() => fixture.cleanup());
  it('sh -c SCRIPT ztaudit ROOT and sh -s -- ROOT < SCRIPT print the same bytes', async () => {
    const viaArg = (await run('sh', ['-c', LINUX_SCRIPT, 'ztaudit', fixture.root])).stdout;
    const viaStdin = execFileSync('sh', ['-s', '--', fixture.root], { input: LINUX_SCRIPT, encoding: 'utf8' });
    expect(viaStdin).toBe(viaArg);
    expect(viaArg).toContain('==ZT-END== secureboot 0');
  });
  it('an absolute symlink inside the audited root resolves inside it, never to this machine', async () => {
    const { symlinkSync, mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(join(fixture.root, 'usr/lib'), { recursive: true });
    writeFileSync(join(fixture.root, 'usr/lib/os-release'), 'ID=imageos\nVERSION_ID=1\n');
    const rel = join(fixture.root, 'etc/os-release');
    const { rmSync } = await import('node:fs');
    rmSync(rel);
    symlinkSync('/usr/lib/os-release', rel);
    const facts = parseLinuxOutput((await run('sh', ['-c', LINUX_SCRIPT, 'ztaudit', fixture.root])).stdout, fixture.root);
    expect(facts['linux.os']).toMatchObject({ ok: true, value: { distro: 'imageos', version: '1' } });
  });
  it('a root path with spaces and shell metacharacters is data, not code', async () => {
    const odd = `${fixture.root} $(touch /tmp/ztaudit-pwned); x`;
    const { stdout } = await run('sh', ['-c', LINUX_SCRIPT, 'ztaudit', odd]).catch((e: { stdout: string; stderr: string }) => e);
    expect(existsSync('/tmp/ztaudit-pwned')).toBe(false);
    expect(stdout).toBe('');
  });
});

const isRoot = process.getuid?.() === 0;
const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));

describe.skipIf(!isRoot || !setpriv)('as an unprivileged user on / (skipped: needs root to drop privileges, and setpriv)', () => {
  it('unreadable facts carry reasons and the checks that need them report error, not pass', async () => {
    const { stdout } = await run(setpriv!, ['--reuid=65534', '--regid=65534', '--clear-groups', 'sh', '-c', LINUX_SCRIPT, 'ztaudit', '/'], { cwd: '/', maxBuffer: 64 << 20 });
    const facts = parseLinuxOutput(stdout, '/');
    const acc = facts['linux.accounts'];
    expect(acc?.ok).toBe(true);
    const a = (acc as { ok: true; value: AccountsFacts }).value;
    expect(a.shadowReadable).toBe(false);
    expect(a.shadowReason).toMatch(/permission denied/);
    const sshd = facts['linux.sshd'];
    if (sshd?.ok && (sshd.value as SshdFacts).installed) {
      expect((sshd.value as SshdFacts).source).toBe('config');
      expect((sshd.value as SshdFacts).notes.join(' ')).toMatch(/needs root/);
    }
    const checks = await loadCheckDir(join(repoRoot, 'checks/linux'), true);
    const target = { target: { id: 'linux:nobody', kind: 'linux' as const, name: 'nobody' }, status: 'partial' as const, durationMs: 0, facts };
    const byId = new Map(checks.map((c) => [c.meta.id, evaluateCheck(c, target)]));
    expect(byId.get('linux.accounts.empty-passwords')?.map((r) => r.status)).toEqual(['error']);
    expect(byId.get('linux.accounts.empty-passwords')?.[0]?.message).toMatch(/permission denied/);
    expect(byId.get('linux.accounts.password-max-age')?.map((r) => r.status)).toEqual(['error']);
  });
});
