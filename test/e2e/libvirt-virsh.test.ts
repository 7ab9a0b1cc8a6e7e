// libvirt end to end with the real virsh (Debian libvirt-clients) against libvirt's test driver,
// which runs inside virsh with no daemon: `test:///default` and `test:///ABS/PATH.xml` with the
// weak and hardened guests of fixtures/libvirt/. Every planted weakness is found by its check id,
// the hardened guest by none. The host's daemon and driver files are read from mounted roots
// (fixtures/libvirt/host-*), through the libvirt facet of a Linux host.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FactsSnapshot } from '../../src/engine/facts.js';
import type { LibvirtDomainsFacts, LibvirtHostFacts } from '../../src/kit/hypervisor/facts.js';
import type { Report } from '../../src/report/model.js';
import { composeScript } from '../../src/providers/shell/compose.js';
import { LIBVIRT_PROVIDER } from '../../src/providers/libvirt/provider.js';
import { sshdMissing, startSshd, type TestSshd } from '../helpers/sshd.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const fixture = (name: string): string => join(repoRoot, 'fixtures', 'libvirt', name);

const probe = spawnSync('virsh', ['--version'], { encoding: 'utf8' });
const virshMissing = probe.error || probe.status !== 0 ? 'virsh is not installed (Debian: libvirt-clients; .ci/run installs it)' : undefined;

function ztaudit(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin/ztaudit.js'), ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const scan = (args: string[], only = 'hypervisor.*'): Report => {
  const r = ztaudit(['scan', ...args, '--only', only, '-f', 'json', '-q']);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Report;
};
const rows = (r: Report, status: string): string[] => r.results.filter((x) => x.status === status).map((x) => `${x.checkId}${x.resource ? ` ${x.resource.name}` : ''}`).sort();

const DOMAIN_CHECKS = ['console-tcp', 'disk-encryption', 'domain-seclabel-none', 'graphics-exposed', 'hostdev-passthrough', 'secure-boot-vtpm'].map((c) => `hypervisor.libvirt.${c}`);
const CONFIG_CHECKS = ['migration-tls', 'qemu-not-root', 'security-driver-none', 'tcp-auth', 'tcp-listener'].map((c) => `hypervisor.libvirt.${c}`);

describe.skipIf(virshMissing)(`scan --libvirt with the real virsh and the test driver${virshMissing ? ` (skipped: ${virshMissing})` : ''}`, () => {
  it('finds every weakness planted in weak.xml, by check id and guest', () => {
    const r = scan(['--libvirt', `test://${fixture('weak.xml')}`]);
    expect(r.targets[0]!.status).toBe('ok');
    expect(rows(r, 'fail')).toEqual([
      'hypervisor.libvirt.console-tcp weak-web',
      'hypervisor.libvirt.disk-encryption weak-gpu',
      'hypervisor.libvirt.disk-encryption weak-web',
      'hypervisor.libvirt.domain-seclabel-none weak-web',
      'hypervisor.libvirt.graphics-exposed weak-gpu',
      'hypervisor.libvirt.graphics-exposed weak-web',
      'hypervisor.libvirt.hostdev-passthrough weak-gpu',
      'hypervisor.libvirt.secure-boot-vtpm weak-gpu',
      'hypervisor.libvirt.secure-boot-vtpm weak-web',
    ]);
    // the test driver has no daemon: its configuration checks say so instead of passing
    for (const id of CONFIG_CHECKS) expect(r.results.find((x) => x.checkId === id)?.status, id).toBe('not_applicable');
    expect(r.results.find((x) => x.checkId === 'hypervisor.libvirt.svirt-model-available')?.status).toBe('pass');
  });

  it('finds nothing in hardened.xml: every guest check passes', () => {
    const r = scan(['--libvirt', `test://${fixture('hardened.xml')}`]);
    expect(rows(r, 'fail')).toEqual([]);
    expect(rows(r, 'error')).toEqual([]);
    expect(rows(r, 'pass')).toEqual([...DOMAIN_CHECKS.map((c) => `${c} hardened-app`), 'hypervisor.libvirt.svirt-model-available'].sort());
  });

  it('a site rule in YAML forbids guest agent channels (fixtures/packs/libvirt-site)', () => {
    const site = (file: string): string[] => rows(scan(['--libvirt', `test://${fixture(file)}`, '--checks', join(repoRoot, 'fixtures/packs/libvirt-site')], 'site.*'), 'fail');
    expect(site('weak.xml')).toEqual(['site.libvirt.no-guest-agent']);
    expect(site('hardened.xml')).toEqual([]);
  });

  it('parses test:///default, and never collects the graphics password', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ztaudit-libvirt-'));
    const out = join(dir, 'facts.json');
    expect(ztaudit(['collect', '--libvirt', 'test:///default', '--libvirt', `test://${fixture('hardened.xml')}`, '-o', out, '-q']).code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).not.toContain('not-a-real-secret');
    const snap = JSON.parse(text) as FactsSnapshot;
    const def = snap.targets.find((t) => t.target.id === 'libvirt:test:///default')!;
    const domains = def.facts['libvirt.domains'] as { ok: true; value: LibvirtDomainsFacts };
    expect(domains.value.domains.map((d) => d.name)).toEqual(['test']);
    expect(domains.value.domains[0]!.disks.map((d) => d.source)).toEqual(['/guest/diskimage1']);
    expect((def.facts['libvirt.host'] as { value: LibvirtHostFacts }).value.secModels).toContain('testSecurity');
    expect(def.facts['libvirt.config']).toMatchObject({ ok: false, notApplicable: true });
    const hardened = snap.targets.find((t) => t.target.id.endsWith('hardened.xml'))!;
    const vnc = (hardened.facts['libvirt.domains'] as { value: LibvirtDomainsFacts }).value.domains[0]!.graphics.find((g) => g.type === 'vnc');
    expect(vnc).toMatchObject({ password: true, listen: ['127.0.0.1'] });
  });

  it('masks the password on the host, before the script output leaves it', () => {
    const r = spawnSync('sh', ['-s', '--', '/', `test://${fixture('hardened.xml')}`], { input: composeScript([LIBVIRT_PROVIDER]), encoding: 'utf8' });
    expect(r.stdout).toContain("passwd='(masked)'");
    expect(r.stdout).not.toContain('not-a-real-secret');
  });

  it('passes the URI as an argument: shell syntax in it reaches virsh intact and runs nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ztaudit-libvirt-'));
    const run = (uri: string): Report => {
      const r = spawnSync(process.execPath, [join(repoRoot, 'bin/ztaudit.js'), 'scan', '--libvirt', uri, '--only', 'hypervisor.libvirt.hostdev-passthrough', '-f', 'json', '-q'], { cwd: dir, encoding: 'utf8' });
      return JSON.parse(r.stdout) as Report;
    };
    // a path libvirt's URI parser accepts: spliced into a script, $(id) would be replaced and the file not found
    const legal = join(dir, "a;$(id);b&c'd");
    mkdirSync(legal);
    copyFileSync(fixture('weak.xml'), join(legal, 'weak.xml'));
    expect(rows(run(`test://${legal}/weak.xml`), 'fail')).toEqual(['hypervisor.libvirt.hostdev-passthrough weak-gpu']);
    // one it refuses: virsh's error quotes the URI byte for byte, and no command ran
    const odd = join(dir, `x;$(id>pwned)'"\`id>pwned2\`|&`);
    mkdirSync(odd);
    copyFileSync(fixture('weak.xml'), join(odd, 'weak.xml'));
    const refused = run(`test://${odd}/weak.xml`);
    expect(refused.targets[0]!.error).toContain(`Unable to parse URI test://${odd}/weak.xml`);
    expect(existsSync(join(dir, 'pwned')) || existsSync(join(dir, 'pwned2')) || existsSync(join(repoRoot, 'pwned'))).toBe(false);
  });

  it('a URI virsh cannot open makes the guest checks error with virsh\'s reason', () => {
    const r = scan(['--libvirt', 'test:///nonexistent/ztaudit-missing.xml']);
    const errors = r.results.filter((x) => x.status === 'error');
    expect(errors.map((x) => x.checkId).sort()).toEqual([...DOMAIN_CHECKS, 'hypervisor.libvirt.svirt-model-available'].sort());
    for (const e of errors) expect(e.message).toMatch(/^virsh -c test:\/\/\/nonexistent\/ztaudit-missing\.xml list: virsh exited 1: error: XML error: failed to parse xml document '\/nonexistent\/ztaudit-missing\.xml'; error: failed to connect to the hypervisor$/);
    expect(r.targets[0]!.status).toBe('partial');
  });
});

describe('the libvirt facet of a Linux host, from its persisted configuration (mounted roots)', () => {
  it('finds every daemon, driver and guest weakness of host-weak', () => {
    const r = scan(['--root', fixture('host-weak')]);
    expect(rows(r, 'fail')).toEqual([
      'hypervisor.libvirt.console-tcp weak-web',
      'hypervisor.libvirt.disk-encryption weak-web',
      'hypervisor.libvirt.domain-seclabel-none weak-web',
      'hypervisor.libvirt.graphics-exposed weak-web',
      'hypervisor.libvirt.migration-tls',
      'hypervisor.libvirt.qemu-not-root',
      'hypervisor.libvirt.secure-boot-vtpm weak-web',
      'hypervisor.libvirt.security-driver-none',
      'hypervisor.libvirt.tcp-auth',
      'hypervisor.libvirt.tcp-listener',
    ]);
  });

  it('finds nothing in host-hardened', () => {
    const r = scan(['--root', fixture('host-hardened')]);
    expect(rows(r, 'fail')).toEqual([]);
    expect(rows(r, 'error')).toEqual([]);
    expect(rows(r, 'pass')).toEqual([...CONFIG_CHECKS, ...DOMAIN_CHECKS.map((c) => `${c} hardened-app`)].sort());
  });

  it('a root with no libvirt at all is not_applicable, not a pass', () => {
    const empty = mkdtempSync(join(tmpdir(), 'ztaudit-noroot-'));
    mkdirSync(join(empty, 'etc'));
    const r = scan(['--root', empty]);
    expect(new Set(r.results.map((x) => x.status))).toEqual(new Set(['not_applicable']));
  });
});

const sshSkip = virshMissing ?? sshdMissing;
describe.skipIf(sshSkip)(`scan --libvirt test+ssh://... through ztaudit's SSH transport against a real sshd${sshSkip ? ` (skipped: ${sshSkip})` : ''}`, () => {
  let sshd: TestSshd;
  let knownHosts: string;
  const home = mkdtempSync(join(tmpdir(), 'ztaudit-libvirt-home-'));
  beforeAll(async () => {
    sshd = await startSshd();
    knownHosts = join(sshd.dir, 'known_hosts');
    writeFileSync(knownHosts, `${sshd.knownHostsLine()}\n`);
  });
  afterAll(async () => sshd?.stop());

  const viaSsh = (file: string, kh = knownHosts): { code: number | null; report: Report; stderr: string } => {
    const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, NO_COLOR: '1' };
    delete env.SSH_AUTH_SOCK;
    const r = spawnSync(process.execPath, [join(repoRoot, 'bin/ztaudit.js'), 'scan', '--libvirt', `test+ssh://root@127.0.0.1:${sshd.port}${fixture(file)}`, '--identity', sshd.userKey.path, '--known-hosts', kh, '--only', 'hypervisor.*', '-f', 'json', '-q'], { cwd: repoRoot, encoding: 'utf8', env, timeout: 60_000 });
    return { code: r.status, report: JSON.parse(r.stdout) as Report, stderr: r.stderr };
  };
  const statuses = (r: Report): string[] => r.results.map((x) => `${x.checkId}|${x.resource?.name ?? ''}|${x.status}|${x.message}`).sort();

  it('gets the same facts and results over SSH as the local virsh, with the host key verified', () => {
    for (const file of ['weak.xml', 'hardened.xml']) {
      const remote = viaSsh(file);
      expect(remote.stderr).toBe('');
      expect(remote.report.targets[0]!.status).toBe('ok');
      const local = scan(['--libvirt', `test://${fixture(file)}`]);
      // on the SSH host virsh runs with the local URI (test:///ABS/file.xml): same messages, word for word
      expect(statuses(remote.report)).toEqual(statuses(local));
    }
    expect(sshd.log()).toMatch(/Accepted publickey for root/);
  });

  it('refuses a host whose key is unknown: unreachable with the offered fingerprint, nothing collected', () => {
    const empty = join(sshd.dir, 'empty_known_hosts');
    writeFileSync(empty, '');
    const r = viaSsh('weak.xml', empty);
    expect(r.report.targets[0]!.status).toBe('unreachable');
    expect(r.report.targets[0]!.error).toMatch(/SHA256:/);
    expect(r.report.results.every((x) => x.status === 'error')).toBe(true);
  });
});
