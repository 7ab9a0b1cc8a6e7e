// Read-only, proven: every program the collectors start on a target is recorded (a shim for every
// executable, first on PATH) and checked against the read-only allowlist: a local scan, a mounted
// root, libvirt's test driver, and a scan over the real sshd, where the target's file tree is also
// compared before and after.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fx, repoRoot } from '../cli/helpers.js';
import { sshdMissing, startSshd, type TestSshd } from '../helpers/sshd.js';
import { makeShims, readCalls, show, type Call } from './command-log.js';
import { disallowed } from './read-only-allowlist.js';

let shims: string;
beforeAll(() => {
  shims = makeShims();
});

/** Run the CLI with the shims first on PATH; the calls it made on the (local) target. */
function recorded(args: string[]): { code: number | null; calls: Call[]; stderr: string } {
  const log = join(mkdtempSync(join(tmpdir(), 'zt-cmdlog-')), 'calls');
  const r = spawnSync(process.execPath, [resolve(repoRoot, 'bin/ztaudit.js'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${shims}:${process.env['PATH'] ?? ''}`, ZT_CMD_LOG: log, NO_COLOR: '1' },
    timeout: 120_000,
  });
  return { code: r.status, calls: readCalls(log), stderr: r.stderr };
}

const out = (): string => join(mkdtempSync(join(tmpdir(), 'zt-ro-')), 'report.json');

describe('the allowlist itself', () => {
  it('refuses what writes, runs or changes (so the tests below can fail)', () => {
    const writers: Call[] = [
      { name: 'rm', args: ['-f', '/etc/x'] },
      { name: 'sed', args: ['-i', 's/a/b/', '/etc/ssh/sshd_config'] },
      { name: 'sed', args: ['-n', 's/a/b/w /tmp/out', '/etc/passwd'] },
      { name: 'sort', args: ['-o', '/etc/passwd'] },
      { name: 'find', args: ['/', '-name', 'x', '-delete'] },
      { name: 'hostname', args: ['evil'] },
      { name: 'dmesg', args: ['-c'] },
      { name: 'awk', args: ['{ system("id") }'] },
      { name: 'awk', args: ['{ print > "/tmp/x" }'] },
      { name: 'systemctl', args: ['restart', 'sshd'] },
      { name: 'nvidia-smi', args: ['-pm', '1'] },
      { name: 'virsh', args: ['-c', 'qemu:///system', 'destroy', 'vm1'] },
      { name: 'ip', args: ['link', 'set', 'eth0', 'down'] },
      { name: 'sh', args: ['-c', 'touch /x'] },
    ];
    expect(disallowed(writers).map(show)).toEqual(writers.map(show));
    const readers: Call[] = [
      { name: 'sed', args: ['-n', 's/#.*//p', '/etc/ssh/sshd_config'] },
      { name: 'awk', args: ['$5 == "/" { for (i = 7; i <= NF; i++) if ($i == "-") { print $(i+1); exit } }', '/proc/self/mountinfo'] },
      { name: 'virsh', args: ['-q', '-c', 'test:///default', 'dumpxml', '--security-info', '--domain', 'test'] },
    ];
    expect(disallowed(readers)).toEqual([]);
  });
});

describe('every command a collector runs is read-only', () => {
  it('a local scan of this machine', () => {
    const r = recorded(['scan', '--local', '-f', 'json', '-o', out()]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.calls.length).toBeGreaterThan(20);
    expect(r.calls.some((c) => c.name === 'sh' && c.args[0] === '-s')).toBe(true);
    expect(disallowed(r.calls).map(show)).toEqual([]);
  }, 120_000);

  it('a mounted root and libvirt through virsh', () => {
    const r = recorded(['scan', '--root', fx('linux', 'weak-root'), '--libvirt', 'test:///default', '-f', 'json', '-o', out()]);
    expect(r.calls.filter((c) => c.name === 'virsh').length).toBeGreaterThanOrEqual(3);
    expect(disallowed(r.calls).map(show)).toEqual([]);
  }, 120_000);
});

// the folders a write would show up in; caches the machine's own tools keep are left out
const WATCHED = ['/etc', '/home', '/var/spool', '/opt', '/srv', '/usr/local/etc', '/root'];
const SKIP = /^\/root\/\.(npm|cache|pyenv|cargo|rustup|local|config|bash_history|lesshst|node-gyp|viminfo|wget-hsts)/;

function tree(): Map<string, string> {
  const seen = new Map<string, string>();
  const walk = (dir: string, depth: number): void => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const n of names) {
      const p = join(dir, n);
      if (SKIP.test(p)) continue;
      let st;
      try {
        st = lstatSync(p);
      } catch {
        continue;
      }
      seen.set(p, `${st.mode}:${st.size}:${st.mtimeMs}:${st.uid}`);
      if (st.isDirectory() && depth < 12) walk(p, depth + 1);
    }
  };
  for (const d of WATCHED) if (existsSync(d)) walk(d, 0);
  return seen;
}

function changes(before: Map<string, string>, after: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [p, v] of after) if (before.get(p) !== v) out.push(`${before.has(p) ? 'changed' : 'created'} ${p}`);
  for (const p of before.keys()) if (!after.has(p)) out.push(`removed ${p}`);
  return out;
}

describe.skipIf(!!sshdMissing)('over SSH (the real sshd on 127.0.0.1)', () => {
  let sshd: TestSshd;
  let log: string;
  let knownHosts: string;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zt-ro-sshd-'));
    log = join(dir, 'calls');
    // the session's PATH starts with the shims; the log is outside every watched folder
    sshd = await startSshd({ extra: [`SetEnv PATH=${shims}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin ZT_CMD_LOG=${log}`] });
    knownHosts = join(sshd.dir, 'known_hosts');
    writeFileSync(knownHosts, `${sshd.knownHostsLine()}\n`);
  }, 30_000);
  afterAll(async () => {
    await sshd?.stop();
  });

  it('runs only allowed commands, and writes nothing on the target', () => {
    const before = tree();
    const r = spawnSync(process.execPath, [resolve(repoRoot, 'bin/ztaudit.js'), 'scan', '--ssh', `root@127.0.0.1:${sshd.port}`, '--identity', sshd.userKey.path, '--known-hosts', knownHosts, '-f', 'json', '-o', out()], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } });
    const after = tree();
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect([0, 1]).toContain(r.status);

    // the script and what it starts; root's login also runs its shell start-up files (pyenv
    // here), which are the target's own doing, not the collector's
    const ours = readCalls(log).filter((c) => c.inScript || (c.name === 'sh' && c.args[0] === '-s'));
    expect(ours.some((c) => c.name === 'sh' && c.args[0] === '-s' && c.args[2] === '/')).toBe(true);
    expect(ours.length).toBeGreaterThan(20);
    expect(disallowed(ours).map(show)).toEqual([]);
    expect(changes(before, after)).toEqual([]);
  }, 180_000);

  it.skipIf(process.getuid?.() !== 0)('the tree comparison sees a write (so the test above can fail)', () => {
    const probe = '/root/.ztaudit-tree-probe';
    const before = tree();
    writeFileSync(probe, 'x');
    try {
      expect(changes(before, tree())).toEqual([`created ${probe}`]);
    } finally {
      unlinkSync(probe);
    }
  });
});
