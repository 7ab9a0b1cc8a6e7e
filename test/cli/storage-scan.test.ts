// End to end: `ztaudit scan --root` on the storage fixture roots. The weak root finds every planted
// weakness by its check id; the hardened root finds none; no planted secret reaches any output.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fx, ztaudit } from './helpers.js';

interface JsonReport { results: { checkId: string; status: string; message: string; resource?: { name: string } }[] }

const scan = (root: string): JsonReport => {
  const r = ztaudit(['scan', '--root', fx('storage', root), '--only', 'storage.*', '-f', 'json', '-q']);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as JsonReport;
};

/** Every weakness planted in fixtures/storage/weak-root, by the check that must find it. */
const PLANTED: Record<string, string[]> = {
  'storage.nfs.no-root-squash': ['/srv/nfs/home 10.0.0.0/24'],
  'storage.nfs.open-export': ['/srv/nfs/home 10.0.0.0/24', '/srv/nfs/media *(rw)', '/srv/backup *(ro,sync)', '/srv/nfs/shared docs @staff'],
  'storage.nfs.insecure-port': ['/srv/nfs/home 10.0.0.0/24'],
  'storage.nfs.kerberos': ['/srv/nfs/home 10.0.0.0/24', '/srv/nfs/home backup1.example.com', '/srv/nfs/media media1.example.com', '/srv/nfs/media *', '/srv/backup *', '/srv/nfs/shared docs @staff'],
  'storage.mounts.nosuid-nodev': ['/mnt/projects', '/mnt/finance'],
  'storage.smb.min-protocol': ['NT1'],
  'storage.smb.guest-access': ['map to guest is Bad User', 'usershare allow guests is yes', 'share [public] admits guests'],
  'storage.smb.signing': ['server signing is if_required'],
  'storage.smb.encryption': ['[public]', '[finance]', '[homes]'],
  'storage.iscsi.initiator-chap': ['authmethod is None'],
  'storage.iscsi.target-auth': ['tpg 1 has authentication=0', 'tpg 2: ACL iqn.1993-08.org.debian:01:client1 has no CHAP secret'],
  'storage.iscsi.demo-mode': ['tpg 1 is in demo mode: any initiator may log in and write'],
  'storage.luks.data-volumes': ['/srv/data (xfs) is not encrypted'],
  'storage.ceph.cephx': ['auth_cluster_required is none', 'auth_client_required is none'],
  'storage.ceph.msgr2-secure': ['ms_cluster_mode is "crc secure"', 'ms_service_mode', 'ms_client_mode'],
};

describe("scan --root fixtures/storage/* --only 'storage.*'", () => {
  it('the weak root: every planted weakness, by its check id, and nothing else than fail', () => {
    const { results } = scan('weak-root');
    const ids = [...new Set(results.map((r) => r.checkId))].sort();
    expect(ids).toEqual(Object.keys(PLANTED).sort());
    for (const [id, needles] of Object.entries(PLANTED)) {
      const fails = results.filter((r) => r.checkId === id && r.status === 'fail');
      expect(fails.length, `${id}: ${results.filter((r) => r.checkId === id).map((r) => `${r.status} ${r.message}`).join(' | ')}`).toBe(needles.length);
      for (const n of needles) expect(fails.map((r) => r.message).join('\n'), id).toContain(n);
    }
    expect(results.filter((r) => r.status !== 'fail')).toEqual([]);
  });

  it('the hardened root: every storage check passes', () => {
    const { results } = scan('hardened-root');
    expect(results.filter((r) => r.status !== 'pass').map((r) => `${r.checkId} ${r.status} ${r.message}`)).toEqual([]);
    expect(new Set(results.map((r) => r.checkId)).size).toBe(Object.keys(PLANTED).length);
  });

  it('no planted secret (CIFS password, CHAP secrets, Ceph keys) appears in any output format or the facts', () => {
    for (const root of ['weak-root', 'hardened-root']) {
      const dir = mkdtempSync(join(tmpdir(), 'ztaudit-storage-out-'));
      const r = ztaudit(['scan', '--root', fx('storage', root), '--only', 'storage.*', '-f', 'table,json,sarif,junit,html,markdown', '-o', dir, '--save-facts', join(dir, 'facts.json'), '-q']);
      expect(r.code, r.stderr).not.toBe(2);
      const files = readdirSync(dir);
      expect(files.length).toBeGreaterThanOrEqual(7);
      for (const f of files) expect(readFileSync(join(dir, f), 'utf8'), `${root}/${f}`).not.toMatch(/S3cret|PlantedCeph|AQBPlanted/);
      const collect = ztaudit(['collect', '--root', fx('storage', root)]);
      expect(collect.stdout).toMatch(/"storage\.iscsi"/);
      expect(collect.stdout + r.stdout + r.stderr).not.toMatch(/S3cret/);
    }
  });
});
