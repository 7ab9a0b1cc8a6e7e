// The storage sections of the real collection script, run by sh over the fixture roots (--root):
// the facts they give, the secrets they never let out, and what a selection composes.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Outcome } from '../../../src/engine/types.js';
import type { IscsiFacts, LuksFacts, MountsFacts, NfsFacts, SmbFacts, CephFacts } from '../../../src/kit/storage/facts.js';
import { LINUX_PROVIDERS } from '../../../src/providers/linux/providers.js';
import { planProviders } from '../../../src/providers/registry.js';
import { composeScript } from '../../../src/providers/shell/compose.js';
import { parseShellOutput } from '../../../src/providers/shell/parse.js';
import { STORAGE_PROVIDERS } from '../../../src/providers/storage/provider.js';
import { CEPH_MASK, ISCSI_MASK, JSON_MASK, MOUNT_MASK } from '../../../src/providers/storage/sections.js';
import type { ShellProvider } from '../../../src/providers/types.js';

const repoRoot = resolve(import.meta.dirname, '../../..');
const fixture = (name: string): string => join(repoRoot, 'fixtures/storage', name);
const PROVIDERS: ShellProvider[] = [LINUX_PROVIDERS[0]!, ...STORAGE_PROVIDERS];
const SCRIPT = composeScript(PROVIDERS);
const run = (root: string, script = SCRIPT): string => execFileSync('sh', ['-s', '--', root], { input: script, encoding: 'utf8' });
const value = <T>(facts: Record<string, Outcome<unknown>>, key: string): T => {
  const f = facts[key];
  if (!f?.ok) throw new Error(`${key}: ${f ? f.reason : 'absent'}`);
  return f.value as T;
};
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('--root on fixtures/storage/weak-root', () => {
  const out = run(fixture('weak-root'));
  const facts = parseShellOutput(out, PROVIDERS, fixture('weak-root'));

  it('no planted secret leaves the host: the raw script output has none', () => {
    expect(out).not.toMatch(/S3cret/);
    expect(out).toMatch(/password=set/);
    expect(out).toMatch(/"chap_password": "set"/);
    expect(out).toMatch(/discovery\.sendtargets\.auth\.password = set/);
    expect(out).toMatch(/^key = set$/m);
  });
  it('NFS: every client of /etc/exports and exports.d, the space typo and the quoted path', () => {
    const nfs = value<NfsFacts>(facts, 'storage.nfs');
    expect(nfs.files).toEqual(['/etc/exports', '/etc/exports.d/backup.exports']);
    expect(nfs.exports.map((e) => `${e.path}|${e.client}|${e.readWrite ? 'rw' : 'ro'}`)).toEqual([
      '/srv/nfs/home|10.0.0.0/24|rw', '/srv/nfs/home|backup1.example.com|ro', '/srv/nfs/media|media1.example.com|ro', '/srv/nfs/media|*|rw', '/srv/backup|*|ro', '/srv/nfs/shared docs|@staff|rw',
    ]);
  });
  it('mounts, Samba (through the include), iSCSI, LUKS and Ceph', () => {
    const m = value<MountsFacts>(facts, 'storage.mounts');
    expect(m.mounts.map((x) => x.mountpoint)).toEqual(['/mnt/projects', '/mnt/finance']);
    expect(m.mounts[1]?.options).toContain('password=set');
    const smb = value<SmbFacts>(facts, 'storage.smb');
    expect(smb).toMatchObject({ source: 'parser', files: ['/etc/samba/smb.conf', '/etc/samba/shares.conf'] });
    expect(smb.global).toMatchObject({ 'server min protocol': 'NT1', 'map to guest': 'Bad User', 'server signing': 'if_required' });
    expect(smb.shares.map((s) => s.name)).toEqual(['public', 'finance', 'homes']);
    const iscsi = value<IscsiFacts>(facts, 'storage.iscsi');
    expect(iscsi.initiator?.settings).toEqual({ 'node.session.auth.authmethod': 'None', 'discovery.sendtargets.auth.authmethod': 'None', 'discovery.sendtargets.auth.password': 'set' });
    expect(iscsi.targets?.map((t) => [t.tag, t.authentication, t.demoMode, t.chapPassword])).toEqual([[1, false, true, 'set'], [2, true, false, 'empty']]);
    const luks = value<LuksFacts>(facts, 'storage.luks');
    expect(luks.volumes.map((v) => [v.mountpoint, v.encrypted])).toEqual([['/srv/data', false]]);
    const ceph = value<CephFacts>(facts, 'storage.ceph');
    expect(ceph.settings.filter((s) => s.key.startsWith('auth')).map((s) => `${s.key}=${s.value}`)).toEqual(['auth_cluster_required=none', 'auth_service_required=cephx', 'auth_client_required=none']);
    expect(ceph.settings.find((s) => s.key === 'key')).toMatchObject({ section: 'client.admin', value: 'set' });
  });
});

describe('--root on fixtures/storage/hardened-root', () => {
  const out = run(fixture('hardened-root'));
  const facts = parseShellOutput(out, PROVIDERS, fixture('hardened-root'));
  it('every storage fact is collected, and no secret is in the output (an escaped quote in a JSON secret included)', () => {
    for (const p of STORAGE_PROVIDERS) for (const f of p.facts) expect(facts[f]?.ok, `${f}: ${JSON.stringify(facts[f])}`).toBe(true);
    expect(out).not.toMatch(/S3cret|quoted/);
    const iscsi = value<IscsiFacts>(facts, 'storage.iscsi');
    expect(iscsi.targets?.[0]?.acls).toEqual([{ node: 'iqn.1993-08.org.debian:01:client1', chapUser: 'set', chapPassword: 'set', mutualChapPassword: 'set' }]);
    expect(value<LuksFacts>(facts, 'storage.luks').volumes).toEqual([{ mountpoint: '/srv/data', device: '/dev/mapper/data_crypt', fstype: 'xfs', encrypted: true, detail: '/dev/mapper/data_crypt is the LUKS mapping data_crypt of /etc/crypttab' }]);
  });
});

describe('a root without storage configuration', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ztaudit-storage-empty-'));
  temps.push(dir);
  mkdirSync(join(dir, 'etc'));
  cpSync(join(fixture('weak-root'), 'etc/os-release'), join(dir, 'etc/os-release'));
  writeFileSync(join(dir, 'etc/fstab'), '/dev/sda1 / ext4 defaults 0 1\n');
  const facts = parseShellOutput(run(dir), PROVIDERS, dir);
  it('is not applicable for NFS, Samba, iSCSI and Ceph, never a pass; mounts and LUKS find nothing to assess', () => {
    for (const f of ['storage.nfs', 'storage.smb', 'storage.iscsi', 'storage.ceph']) expect(facts[f], f).toMatchObject({ ok: false, notApplicable: true });
    expect(value<MountsFacts>(facts, 'storage.mounts').mounts).toEqual([]);
    expect(value<LuksFacts>(facts, 'storage.luks').volumes).toEqual([]);
  });
  it('a saveconfig.json that is not JSON is an error with the reason', () => {
    mkdirSync(join(dir, 'etc/target'), { recursive: true });
    writeFileSync(join(dir, 'etc/target/saveconfig.json'), '{"targets": [');
    const f = parseShellOutput(run(dir), PROVIDERS, dir)['storage.iscsi'];
    expect(f).toMatchObject({ ok: false });
    expect((f as { reason: string }).reason).toMatch(/^\/etc\/target\/saveconfig.json is not valid JSON/);
  });
  it('an smb.conf include loop ends (each file once per chain)', () => {
    mkdirSync(join(dir, 'etc/samba'), { recursive: true });
    writeFileSync(join(dir, 'etc/samba/smb.conf'), '[global]\ninclude = /etc/samba/a.conf\n');
    writeFileSync(join(dir, 'etc/samba/a.conf'), 'include = /etc/samba/smb.conf\n[a]\npath = /a\n');
    const out = run(dir);
    expect(out).toMatch(/^includeloop=\/etc\/samba\/smb.conf$/m);
    const smb = value<SmbFacts>(parseShellOutput(out, PROVIDERS, dir), 'storage.smb');
    expect(smb.shares.map((s) => s.name)).toEqual(['a']);
    expect(smb.problems.join('\n')).toMatch(/include loop/);
  });
});

describe('the secret masks (sed -E, as the script runs them)', () => {
  const sed = (mask: string, input: string): string => execFileSync('sed', ['-E', '-e', mask], { input, encoding: 'utf8' });
  it('fstab: CIFS password values, a doubled comma inside one, empty ones; other options kept', () => {
    expect(sed(MOUNT_MASK, '//h/s /m cifs user=u,password=p,,w,,d,nosuid,nodev 0 0\n//h/t /n cifs pass=,nodev 0 0\n//h/u /o cifs password=x\n')).toBe(
      '//h/s /m cifs user=u,password=set,nosuid,nodev 0 0\n//h/t /n cifs pass=empty,nodev 0 0\n//h/u /o cifs password=set\n',
    );
  });
  it('iscsid.conf: comment lines dropped (Debian ships commented example passwords); user names and passwords reduced', () => {
    expect(sed(ISCSI_MASK, '#node.session.auth.password = x\nnode.session.auth.authmethod = CHAP\nnode.session.auth.password=p w\nnode.session.auth.username_in =\n')).toBe(
      'node.session.auth.authmethod = CHAP\nnode.session.auth.password= set\nnode.session.auth.username_in = empty\n',
    );
  });
  it('saveconfig.json: escaped quotes inside a secret, minified JSON, empty values', () => {
    expect(sed(JSON_MASK, '{"chap_password": "a\\"b\\\\", "chap_userid":"", "chap_mutual_password":"z", "wwn": "iqn"}\n')).toBe('{"chap_password": "set", "chap_userid":"empty", "chap_mutual_password":"set", "wwn": "iqn"}\n');
  });
  it('ceph.conf: key, *_key, *_secret, *password; keyring paths and comments', () => {
    expect(sed(CEPH_MASK, '; key = x\n[client.a]\nkey = AQB==\n\tsecret=\nrgw_crypt_default_encryption_key = k\nkeyring = /etc/ceph/k\n')).toBe('[client.a]\nkey = set\n\tsecret= empty\nrgw_crypt_default_encryption_key = set\nkeyring = /etc/ceph/k\n');
  });
});

describe('composition', () => {
  it('a selection that reads only storage.smb sends only the smb section (and the host identity)', () => {
    const plan = planProviders('linux', new Set(['storage.smb']));
    expect(plan.map((p) => p.id)).toEqual(['linux.os', 'storage.smb']);
    const script = composeScript(plan.filter((p): p is ShellProvider => p.type === 'shell'));
    expect(script).toMatch(/^zt_section smb$/m);
    expect(script).not.toMatch(/zt_section (nfs|iscsi|ceph|luks|netmounts)/);
  });
});

const isRoot = process.getuid?.() === 0;
const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));
describe.skipIf(!isRoot || !setpriv)('files the collector may not read (skipped: needs root to drop privileges, and setpriv)', () => {
  it('an unreadable exports, smb.conf, iscsid.conf, saveconfig.json or ceph.conf is an error with the reason, never not-applicable or a pass', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ztaudit-storage-denied-'));
    temps.push(dir);
    chmodSync(dir, 0o755);
    cpSync(fixture('weak-root'), join(dir, 'root'), { recursive: true });
    const root = join(dir, 'root');
    for (const f of ['etc/exports', 'etc/samba/smb.conf', 'etc/iscsi/iscsid.conf', 'etc/target/saveconfig.json', 'etc/ceph/ceph.conf', 'etc/crypttab']) chmodSync(join(root, f), 0o600);
    const out = execFileSync(setpriv!, ['--reuid=65534', '--regid=65534', '--clear-groups', 'sh', '-s', '--', root], { input: SCRIPT, encoding: 'utf8', cwd: '/' });
    const facts = parseShellOutput(out, PROVIDERS, root);
    expect(facts['storage.nfs']).toEqual({ ok: false, reason: 'cannot read /etc/exports (not root?)' });
    expect(facts['storage.smb']).toEqual({ ok: false, reason: 'cannot read /etc/samba/smb.conf' });
    expect(facts['storage.iscsi']).toEqual({ ok: false, reason: 'cannot read /etc/iscsi/iscsid.conf, /etc/target/saveconfig.json (not root?)' });
    expect(facts['storage.ceph']).toEqual({ ok: false, reason: 'cannot read /etc/ceph/ceph.conf' });
    expect(facts['storage.luks']).toEqual({ ok: false, reason: 'cannot read /etc/crypttab' });
    expect(facts['storage.mounts']?.ok).toBe(true);
  });
});
