// The storage parsers on each file format, nasty input included: comments, continuation lines,
// quoted and escaped paths, synonyms, include loops, secrets that slipped through.
import { describe, expect, it } from 'vitest';
import { parseCephConf } from '../../../src/providers/storage/parse-ceph.js';
import { parseIscsidConf, parseSaveconfig } from '../../../src/providers/storage/parse-iscsi.js';
import { parseCrypttab, volumesFromFstab, volumesFromLsblk } from '../../../src/providers/storage/parse-luks.js';
import { logicalLines, networkMounts, parseExports } from '../../../src/providers/storage/parse-nfs.js';
import { canonicalParam, parseSmbConf, parseTestparm, smbFacts } from '../../../src/providers/storage/parse-smb.js';

describe('exports(5)', () => {
  it('joins continuation lines and drops comments, keeping the first line number', () => {
    expect(logicalLines('# c\n/a h1(ro) \\\n   h2(rw)\n\n/b h3\n')).toEqual([{ line: 2, text: '/a h1(ro)     h2(rw)' }, { line: 5, text: '/b h3' }]);
  });
  it('applies "-defaults" to every client, the client options after them, the last one winning', () => {
    const [a, b] = parseExports('/srv -rw,no_root_squash h1 h2(ro,root_squash)', '/etc/exports');
    expect(a).toMatchObject({ client: 'h1', readWrite: true, squash: 'no_root_squash', sec: ['sys'], anyHost: false, network: false });
    expect(b).toMatchObject({ client: 'h2', readWrite: false, squash: 'root_squash', options: ['rw', 'no_root_squash', 'ro', 'root_squash'] });
  });
  it('reads "host (rw)" as two clients, the second the world', () => {
    const e = parseExports('/srv/media media1 (rw)', '/etc/exports');
    expect(e.map((x) => [x.client, x.readWrite, x.anyHost])).toEqual([['media1', false, false], ['*', true, true]]);
  });
  it('a path alone is exported to the world; quoted and \\040-escaped paths keep their spaces', () => {
    expect(parseExports('/srv/x', 'f')[0]).toMatchObject({ client: '*', anyHost: true });
    expect(parseExports('"/srv/my docs" h(ro)', 'f')[0]?.path).toBe('/srv/my docs');
    expect(parseExports('/srv/my\\040docs h(ro)', 'f')[0]?.path).toBe('/srv/my docs');
  });
  it('classifies networks, wildcards, netgroups and the world', () => {
    const e = parseExports('/s 10.0.0.0/24 *.example.com @staff 0.0.0.0/0 ::/0 h?.example.com host1', 'f');
    expect(e.map((x) => `${x.client}:${x.anyHost ? 'any' : x.network ? 'net' : 'host'}`)).toEqual(['10.0.0.0/24:net', '*.example.com:net', '@staff:net', '0.0.0.0/0:any', '::/0:any', 'h?.example.com:net', 'host1:host']);
  });
  it('sec= lists, insecure, all_squash; a line that is not an export is a problem, not a crash', () => {
    const problems: string[] = [];
    const e = parseExports('/s h(sec=krb5i:krb5p,insecure,all_squash)\nnot-a-path h(rw)', '/etc/exports', problems);
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject({ sec: ['krb5i', 'krb5p'], insecure: true, squash: 'all_squash', file: '/etc/exports', line: 1 });
    expect(problems).toEqual(['/etc/exports:2: not an export line: not-a-path h(rw)']);
  });
});

describe('network mounts (fstab, /proc/mounts)', () => {
  it('keeps nfs, nfs4, cifs, ceph mounts, with \\040 undone and options split', () => {
    const m = networkMounts('# x\n/dev/sda1 / ext4 defaults 0 1\nsrv:/e /mnt/a\\040b nfs4 rw,nosuid 0 0\n//h/s /mnt/s cifs password=set,nodev\nmon1:/ /mnt/ceph ceph name=admin,secretfile=/etc/ceph/s', 'fstab');
    expect(m.map((x) => [x.fstype, x.mountpoint, x.options.join(',')])).toEqual([['nfs4', '/mnt/a b', 'rw,nosuid'], ['cifs', '/mnt/s', 'password=set,nodev'], ['ceph', '/mnt/ceph', 'name=admin,secretfile=/etc/ceph/s']]);
  });
});

describe('smb.conf', () => {
  const files: Record<string, string> = {
    '/etc/samba/a.conf': '[a]\n  path = /a\n  include = /etc/samba/b.conf\n',
    '/etc/samba/b.conf': '[b]\npath = /b\ninclude = /etc/samba/a.conf\n',
  };
  it('follows includes where they stand and stops an include loop', () => {
    const problems: string[] = [];
    const { sections, files: read } = parseSmbConf('[global]\ninclude = /etc/samba/a.conf\nworkgroup = W', (p) => files[p], problems);
    expect(sections.map((s) => s.name)).toEqual(['global', 'a', 'b']);
    // the workgroup after the include lands in the section the include left open: [b]
    expect(sections[2]?.params.workgroup).toBe('W');
    expect(read).toEqual(['/etc/samba/smb.conf', '/etc/samba/a.conf', '/etc/samba/b.conf']);
    expect(problems).toEqual(['include loop: /etc/samba/smb.conf -> /etc/samba/a.conf -> /etc/samba/b.conf -> /etc/samba/a.conf']);
  });
  it('a missing include, a macro include and a relative include are problems', () => {
    const problems: string[] = [];
    parseSmbConf('include = /etc/samba/none.conf\ninclude = /etc/samba/%m.conf\ninclude = shares.conf', () => undefined, problems);
    expect(problems).toEqual([
      '/etc/samba/none.conf (included from /etc/samba/smb.conf) not found',
      '/etc/samba/smb.conf:2: include with a macro (/etc/samba/%m.conf) not followed',
      '/etc/samba/smb.conf:3: relative include shares.conf not followed',
    ]);
  });
  it('names compare without case and spaces; synonyms and inverted synonyms map; ; and # comments; continuation lines', () => {
    const { sections } = parseSmbConf('; c\n# c\n[Global]\n ServerMin Protocol = nt1\n[pub]\n public = yes\n writable = yes\n valid users = @a \\\n   @b\n[pub]\n smb encrypt = mandatory', () => undefined);
    expect(sections[0]).toEqual({ name: 'global', params: { 'server min protocol': 'NT1' } });
    expect(sections[1]).toEqual({ name: 'pub', params: { 'guest ok': 'Yes', 'read only': 'No', 'valid users': '@a @b', 'server smb encrypt': 'required' } });
    expect(canonicalParam('Only Guest')).toEqual({ name: 'guest only', invert: false });
  });
  it('parameters before any section belong to [global]; the parser fills the defaults the checks read and says so', () => {
    const { sections } = parseSmbConf('map to guest = bad user', () => undefined);
    const f = smbFacts('parser', sections, [], []);
    expect(f.global['map to guest']).toBe('Bad User');
    expect(f.global['server min protocol']).toBe('SMB2_02');
    expect(f.defaulted).toContain('server min protocol');
    expect(f.defaulted).not.toContain('map to guest');
  });
  it('testparm output: tab-indented parameters, stderr chatter ignored, nothing defaulted', () => {
    const out = 'Load smb config files from /etc/samba/smb.conf\nLoaded services file OK.\nServer role: ROLE_STANDALONE\n\n# Global parameters\n[global]\n\tserver signing = if_required\n\tmap to guest = Bad User\n\n\n[pub]\n\tguest ok = Yes\n';
    const f = smbFacts('testparm', parseTestparm(out), [], []);
    expect(f).toMatchObject({ global: { 'server signing': 'if_required', 'map to guest': 'Bad User' }, shares: [{ name: 'pub', params: { 'guest ok': 'Yes' } }], defaulted: [] });
  });
});

describe('iSCSI', () => {
  it('iscsid.conf keeps the auth settings; a credential that was not masked is reduced', () => {
    expect(parseIscsidConf('# x\nnode.startup = automatic\nnode.session.auth.authmethod = CHAP\nnode.session.auth.password = hunter2\nnode.session.auth.password_in =\ndiscovery.sendtargets.auth.username = set')).toEqual({
      'node.session.auth.authmethod': 'CHAP', 'node.session.auth.password': 'set', 'node.session.auth.password_in': 'empty', 'discovery.sendtargets.auth.username': 'set',
    });
  });
  it('saveconfig.json: iSCSI TPGs only, attributes as numbers or strings, ACL CHAP as set/empty', () => {
    const tpgs = parseSaveconfig(JSON.stringify({
      targets: [
        { fabric: 'loopback', wwn: 'naa.1', tpgs: [{ tag: 1 }] },
        { fabric: 'iscsi', wwn: 'iqn.t', tpgs: [{ tag: 1, enable: 0, attributes: { authentication: '1', generate_node_acls: 1, demo_mode_write_protect: 0 }, chap_password: 'x', node_acls: [{ node_wwn: 'iqn.i', chap_userid: 'u', chap_password: '' }], portals: [{ ip_address: '::0', port: 3260 }], luns: [{}, {}] }] },
      ],
    }));
    expect(tpgs).toEqual([{ target: 'iqn.t', tag: 1, enabled: false, authentication: true, demoMode: true, demoWriteProtect: false, chapPassword: 'set', acls: [{ node: 'iqn.i', chapUser: 'set', chapPassword: 'empty', mutualChapPassword: 'empty' }], portals: ['::0:3260'], luns: 2 }]);
  });
  it('saveconfig.json that is not JSON throws (the section parser turns it into an error fact)', () => {
    expect(() => parseSaveconfig('{"targets": [')).toThrow();
    expect(parseSaveconfig('[]')).toEqual([]);
  });
});

describe('LUKS', () => {
  it('crypttab entries; fstab data volumes against the mappings; /, /boot, EFI and swap left to other checks', () => {
    const ct = parseCrypttab('# c\ndata_crypt UUID=1 none luks,discard\nswap /dev/sda3 /dev/urandom swap\n');
    expect(ct[0]).toEqual({ name: 'data_crypt', device: 'UUID=1', keyfile: 'none', options: ['luks', 'discard'] });
    const v = volumesFromFstab('/dev/sda1 / ext4 d 0 1\n/dev/sda2 /boot ext4 d 0 2\nUUID=E /boot/efi vfat d 0 1\n/dev/mapper/data_crypt /srv xfs d 0 2\n/dev/sdb1 /plain ext4 d 0 2\nLABEL=x /maybe ext4 d 0 2\n/dev/mapper/vg-lv /lvm ext4 d 0 2\nsrv:/e /nfs nfs4 d 0 0\n/dev/sda3 none swap sw 0 0', ct);
    expect(v.map((x) => [x.mountpoint, x.encrypted])).toEqual([['/srv', true], ['/plain', false], ['/maybe', null], ['/lvm', null]]);
  });
  it('lsblk: a crypt layer anywhere above the mounted device counts; loop, squashfs and [SWAP] are skipped', () => {
    const v = volumesFromLsblk([
      { name: 'sda', type: 'disk', fstype: null, mountpoints: [], children: [{ name: 'sda2', type: 'part', fstype: 'crypto_LUKS', mountpoints: [], children: [{ name: 'vg-data', type: 'lvm', fstype: 'ext4', mountpoints: ['/srv', '/srv-bind'] }, { name: 'vg-swap', type: 'lvm', fstype: 'swap', mountpoints: ['[SWAP]'] }] }] },
      { name: 'sdb', type: 'disk', fstype: 'ext4', mountpoints: ['/backup'] },
      { name: 'loop0', type: 'loop', fstype: 'squashfs', mountpoints: ['/snap/core/1'] },
    ]);
    expect(v.map((x) => [x.mountpoint, x.encrypted])).toEqual([['/srv', true], ['/srv-bind', true], ['/backup', false]]);
  });
});

describe('ceph.conf', () => {
  it('sections, # and ; comments (also inline), continuation, space/dash/underscore names, quoted values', () => {
    const s = parseCephConf('; c\n# c\n[global]\nauth cluster required = cephx ; inline\nms-client-mode = \\\n  secure\n[Client.Admin]\nauth_client_required = "none"\nnot a setting\n', '/etc/ceph/ceph.conf');
    expect(s.map((x) => `${x.section} ${x.key}=${x.value}`)).toEqual(['global auth_cluster_required=cephx', 'global ms_client_mode=secure', 'client.admin auth_client_required=none']);
  });
  it('a key, secret or password that slipped through the script mask is reduced', () => {
    const s = parseCephConf('[client.x]\nkey = AQBs3cretkey==\nrgw keystone admin password =\nrgw_crypt_default_encryption_key = abc\nkeyring = /etc/ceph/k', 'f');
    expect(s.map((x) => `${x.key}=${x.value}`)).toEqual(['key=set', 'rgw_keystone_admin_password=empty', 'rgw_crypt_default_encryption_key=set', 'keyring=/etc/ceph/k']);
  });
});

describe('LUKS: the root filesystem mounted again is not a data volume', () => {
  it('fstab: a btrfs subvolume of the root device is left to the root check', () => {
    const v = volumesFromFstab('UUID=R / btrfs subvol=@ 0 0\nUUID=R /home btrfs subvol=@home 0 0\nUUID=D /data ext4 defaults 0 2', []);
    expect(v.map((x) => x.mountpoint)).toEqual(['/data']);
  });
  it('lsblk: bind mounts of the root device (containers, /etc/hosts) are left to the root check', () => {
    const v = volumesFromLsblk([{ name: 'vda', type: 'disk', fstype: 'ext4', mountpoints: ['/', '/etc/hosts', '/var/lib/docker'] }, { name: 'vdb', type: 'disk', fstype: 'ext4', mountpoints: ['/data'] }]);
    expect(v.map((x) => [x.mountpoint, x.encrypted])).toEqual([['/data', false]]);
  });
});
