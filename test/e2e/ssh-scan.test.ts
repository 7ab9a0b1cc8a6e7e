// Linux over SSH, end to end: the real CLI scans a real OpenSSH server on 127.0.0.1 through the
// real ssh2 client, with host keys verified. The server is this machine, so a local scan of it
// is the oracle: every check must come out the same.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FactsSnapshot } from '../../src/engine/facts.js';
import type { Report } from '../../src/report/model.js';
import { freePort, keygen, sshdMissing, startSshd, type TestSshd } from '../helpers/sshd.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const home = mkdtempSync(join(tmpdir(), 'ztaudit-ssh-home-'));

/** The built CLI with a clean HOME (no ~/.ssh of the machine) and no agent. */
function ztaudit(args: string[]): { code: number | null; stdout: string; stderr: string; ms: number } {
  const started = Date.now();
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, NO_COLOR: '1' };
  delete env.SSH_AUTH_SOCK;
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin/ztaudit.js'), ...args], { cwd: repoRoot, encoding: 'utf8', env, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
}

// PATH folders are per login (sshd gives its own PATH; this test runner's has node_modules/.bin):
// those rows differ by design and are left out of the comparison
const statuses = (r: Report): Map<string, string> => new Map(r.results.filter((x) => x.resource?.kind !== 'path-dir').map((x) => [`${x.checkId}|${x.resource ? `${x.resource.kind}/${x.resource.namespace ?? ''}/${x.resource.name}` : ''}`, x.status]));
const sessions = (log: string): number => log.split('\n').filter((l) => /server_input_channel_open: ctype session/.test(l)).length;

describe.skipIf(sshdMissing)(`scan --ssh against a real sshd${sshdMissing ? ` (skipped: ${sshdMissing})` : ''}`, () => {
  let sshd: TestSshd;
  let knownHosts: string;
  const dest = (): string => `root@127.0.0.1:${sshd.port}`;
  const sshArgs = (kh = knownHosts): string[] => ['--ssh', dest(), '--identity', sshd.userKey.path, '--known-hosts', kh];

  beforeAll(async () => {
    sshd = await startSshd();
    knownHosts = join(sshd.dir, 'known_hosts');
    writeFileSync(knownHosts, `${sshd.knownHostsLine()}\n`);
  });
  afterAll(async () => sshd?.stop());

  it('gives every check the status a local scan of the same machine gives, over exactly one session channel', () => {
    const before = sessions(sshd.log());
    const remote = ztaudit(['scan', ...sshArgs(), '-f', 'json', '-q']);
    const after = sessions(sshd.log());
    const local = ztaudit(['scan', '--local', '-f', 'json', '-q']);
    expect(remote.stderr).toBe('');
    const r = JSON.parse(remote.stdout) as Report;
    const l = JSON.parse(local.stdout) as Report;
    expect(r.targets[0]!.status).toBe(l.targets[0]!.status);
    expect(r.targets[0]!.status).not.toBe('unreachable');
    expect(remote.code).toBe(local.code);
    expect(r.results.length).toBeGreaterThan(90);
    expect(statuses(r)).toEqual(statuses(l));
    expect(after - before).toBe(1);
  });

  it("--only 'linux.ssh.*' asks the host for its identity and sshd only", () => {
    const facts = join(mkdtempSync(join(tmpdir(), 'ztaudit-ssh-')), 'facts.json');
    const r = ztaudit(['scan', ...sshArgs(), '--only', 'linux.ssh.*', '--save-facts', facts, '-f', 'json', '-q']);
    expect(r.code).toBe(0);
    const snap = JSON.parse(readFileSync(facts, 'utf8')) as FactsSnapshot;
    expect(Object.keys(snap.targets[0]!.facts).sort()).toEqual(['linux.os', 'linux.sshd']);
    expect((JSON.parse(r.stdout) as Report).results.every((x) => x.status !== 'error')).toBe(true);
  });

  it('an unknown host key is refused with its fingerprint; --ssh-accept-new records it, and then it is known', () => {
    const kh = join(mkdtempSync(join(tmpdir(), 'ztaudit-kh-')), 'known_hosts');
    writeFileSync(kh, '');
    const refused = ztaudit(['collect', ...sshArgs(kh)]);
    expect(refused.code).toBe(3);
    const snap = JSON.parse(refused.stdout) as FactsSnapshot;
    expect(snap.targets[0]!.status).toBe('unreachable');
    expect(snap.targets[0]!.error).toMatch(/127\.0\.0\.1.*SHA256:[A-Za-z0-9+/]{43}/);
    expect(readFileSync(kh, 'utf8')).toBe('');
    const accepted = ztaudit(['collect', ...sshArgs(kh), '--ssh-accept-new']);
    expect((JSON.parse(accepted.stdout) as FactsSnapshot).targets[0]!.status).not.toBe('unreachable');
    expect(readFileSync(kh, 'utf8')).toContain(sshd.hostKey.base64);
    const again = ztaudit(['collect', ...sshArgs(kh)]);
    expect((JSON.parse(again.stdout) as FactsSnapshot).targets[0]!.status).not.toBe('unreachable');
  });

  it('a changed host key is refused, even with --ssh-accept-new', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ztaudit-kh-'));
    const other = keygen(dir, 'other_host');
    const kh = join(dir, 'known_hosts');
    writeFileSync(kh, `[127.0.0.1]:${sshd.port} ${other.type} ${other.base64}\n`);
    const r = ztaudit(['collect', ...sshArgs(kh), '--ssh-accept-new']);
    expect(r.code).toBe(3);
    const t = (JSON.parse(r.stdout) as FactsSnapshot).targets[0]!;
    expect(t.status).toBe('unreachable');
    expect(t.error).toMatch(/CHANGED.*SHA256:/);
    expect(readFileSync(kh, 'utf8')).not.toContain(sshd.hostKey.base64);
  });

  it('a user key the server does not know: unreachable, authentication failed', () => {
    const stranger = keygen(mkdtempSync(join(tmpdir(), 'ztaudit-key-')), 'stranger');
    const r = ztaudit(['collect', '--ssh', dest(), '--identity', stranger.path, '--known-hosts', knownHosts]);
    const t = (JSON.parse(r.stdout) as FactsSnapshot).targets[0]!;
    expect(t.status).toBe('unreachable');
    expect(t.error).toMatch(/authentication failed/);
  });

  it('one unreachable host among several: its reason, exit 3, and every other target fully reported', async () => {
    const dead = await freePort();
    const inv = join(sshd.dir, 'fleet.yaml');
    writeFileSync(
      inv,
      [
        'version: 1',
        'defaults:',
        '  user: root',
        `  credentials: { privateKey: { file: ${sshd.userKey.path} } }`,
        'targets:',
        `  - { name: good, kind: linux, address: 127.0.0.1, port: ${sshd.port}, knownHosts: ${knownHosts} }`,
        `  - { name: gone, kind: linux, address: 127.0.0.1, port: ${dead}, knownHosts: ${knownHosts} }`,
        `  - { name: sudoer, kind: linux, address: 127.0.0.1, port: ${sshd.port}, knownHosts: ${knownHosts}, become: sudo }`,
        '',
      ].join('\n'),
    );
    const r = ztaudit(['scan', '-i', inv, '--only', 'linux.ssh.*', '-f', 'json', '-q']);
    expect(r.code).toBe(3);
    const report = JSON.parse(r.stdout) as Report;
    const byName = Object.fromEntries(report.targets.map((t) => [t.name, t]));
    expect(byName.good!.status).toBe('ok');
    expect(byName.gone!.status).toBe('unreachable');
    expect(byName.gone!.error).toMatch(/refused/i);
    // sudo -n either runs (root needs no password) or is refused; never a prompt, never a silent pass
    const sudo = spawnSync('sh', ['-c', 'command -v sudo'], { stdio: 'ignore' }).status === 0;
    if (sudo) expect(byName.sudoer!.status).toBe('ok');
    else expect(byName.sudoer).toMatchObject({ status: 'partial', error: expect.stringMatching(/sudo -n refused .*collected without root/) });
    const good = report.results.filter((x) => x.targetId === byName.good!.id);
    expect(good.length).toBeGreaterThan(10);
    expect(good.every((x) => x.status !== 'error')).toBe(true);
  });

  it('an inventory value full of shell syntax reaches the host as one quoted argument, never as code', () => {
    const marker = join(mkdtempSync(join(tmpdir(), 'ztaudit-pwn-')), 'pwned');
    const inv = join(sshd.dir, 'hostile-root.yaml');
    const root = `/nonexistent/zt '; touch ${marker}; echo '$(touch ${marker})\`touch ${marker}\``;
    writeFileSync(
      inv,
      `targets:\n  - name: odd\n    kind: linux\n    address: 127.0.0.1\n    port: ${sshd.port}\n    user: root\n    transport: ssh\n    knownHosts: ${knownHosts}\n    root: ${JSON.stringify(root)}\n    credentials: { privateKey: { file: ${sshd.userKey.path} } }\n`,
    );
    const r = ztaudit(['collect', '-i', inv]);
    const t = (JSON.parse(r.stdout) as FactsSnapshot).targets[0]!;
    expect(t.status).toBe('unreachable');
    // the host script itself says the folder is not there, naming it literally
    expect(t.error).toContain("is not a directory");
    expect(t.error).toContain("'; touch");
    expect(existsSync(marker)).toBe(false);
  });

  it('a host whose command hangs hits --timeout and says so; the scan ends on time', async () => {
    const hung = await startSshd({ dir: sshd.dir, port: await freePort(), extra: ['ForceCommand sleep 30'] });
    try {
      writeFileSync(join(sshd.dir, 'known_hosts_hung'), `${hung.knownHostsLine()}\n`);
      const r = ztaudit(['collect', '--ssh', `root@127.0.0.1:${hung.port}`, '--identity', sshd.userKey.path, '--known-hosts', join(sshd.dir, 'known_hosts_hung'), '--timeout', '2']);
      const t = (JSON.parse(r.stdout) as FactsSnapshot).targets[0]!;
      expect(t.status).toBe('unreachable');
      expect(t.error).toMatch(/timed out after 2s/);
      expect(r.ms).toBeLessThan(15_000);
    } finally {
      await hung.stop();
    }
  });
});
