// The other parsers, on real files (Debian's login.defs) and on the formats the tools print.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLoginDefs, parsePasswd, parseShadowState } from '../../../src/providers/linux/parse-accounts.js';
import { parseIptables, parseNftRuleset, parseUfw } from '../../../src/providers/linux/parse-firewall.js';
import { hardCoreLimit, coredumpConf, parseLsblk, rootChain, storageFromFiles } from '../../../src/providers/linux/parse-host.js';
import { commandReason, splitSections } from '../../../src/providers/shell/sections.js';
import { parseAptPeriodic, parseAuditRules, parseDnfAutomatic } from '../../../src/providers/linux/parse-services.js';
import { persistedSysctl, parseSysctlConf } from '../../../src/providers/linux/parse-sysctl.js';
import { parseStatLine } from '../../../src/providers/linux/parse-files.js';
import { samplesDir } from './fixture-root.js';

describe('login.defs', () => {
  it('reads Debian 12\'s default file', () => {
    const defs = parseLoginDefs(readFileSync(join(samplesDir, 'login.defs/debian12__login_4.13+dfsg1-1+deb12u2__login.defs'), 'utf8'));
    expect(defs.PASS_MAX_DAYS).toBe('99999');
    expect(defs.PASS_MIN_DAYS).toBe('0');
    expect(defs.PASS_WARN_AGE).toBe('7');
    expect(defs.UMASK).toBe('022');
    expect(defs.ENCRYPT_METHOD).toBe('SHA512');
    expect(defs.UID_MIN).toBe('1000');
    expect(defs.ENV_SUPATH).toBe('PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin');
    expect(Object.keys(defs).every((k) => /^[A-Z][A-Z0-9_]*$/.test(k))).toBe(true);
  });
});

describe('accounts', () => {
  it('parses passwd and the shadow digest (states only, never hashes)', () => {
    const users = parsePasswd('root:x:0:0:root:/root:/bin/bash\n+nis\nbroken line\nbob:x:1000:1000::/home/bob:/bin/sh\n');
    expect(users.map((u) => [u.name, u.uid, u.shell])).toEqual([['root', 0, '/bin/bash'], ['bob', 1000, '/bin/sh']]);
    const st = parseShadowState('root:locked:19700:0:99999:7:\nbob:set:19700:1:365:7:30\nbad:hash:1:2:3:4:5\n');
    expect(st.get('root')).toEqual({ password: 'locked', lastChange: 19700, minDays: 0, maxDays: 99999, warnDays: 7 });
    expect(st.get('bob')?.inactiveDays).toBe(30);
    expect(st.has('bad')).toBe(false);
  });
});

describe('sysctl', () => {
  it('applies files like systemd-sysctl: /etc overrides a same-named vendor file, later files win, sysctl.conf last', () => {
    const f = persistedSysctl([
      { path: '/usr/lib/sysctl.d/50-default.conf', content: 'net.ipv4.conf.all.rp_filter = 2\nfs.protected_symlinks=1\n' },
      { path: '/etc/sysctl.d/50-default.conf', content: 'net.ipv4.conf.all.rp_filter = 1\n' },
      { path: '/etc/sysctl.d/10-early.conf', content: 'kernel.kptr_restrict = 1\n' },
      { path: '/run/sysctl.d/90-late.conf', content: 'kernel.kptr_restrict = 2\n-kernel/dmesg_restrict = 1\n; comment\n' },
      { path: '/etc/sysctl.conf', content: 'kernel.kptr_restrict=0\n' },
    ]);
    expect(f.values['net.ipv4.conf.all.rp_filter']).toBe('1');
    expect(f.values['fs.protected_symlinks']).toBeUndefined();
    expect(f.values['kernel.dmesg_restrict']).toBe('1');
    expect(f.values['kernel.kptr_restrict']).toBe('0');
    expect(f.origins['kernel.kptr_restrict']).toBe('/etc/sysctl.conf');
    expect(f.origins['net.ipv4.tcp_syncookies']).toBe('kernel default');
  });
  it('ignores junk lines', () => {
    expect(parseSysctlConf('a.b = 1\n= 2\nno equals\n# c = 3\n  x.y   =   two  words ')).toEqual([['a.b', '1'], ['x.y', 'two words']]);
  });
});

describe('firewall', () => {
  const ruleset = `table inet filter {
	chain input {
		type filter hook input priority filter; policy accept;
		ct state established,related accept
		iif "lo" accept
		counter packets 0 bytes 0 drop
	}
	chain forward {
		type filter hook forward priority filter; policy accept;
	}
}
table ip nat {
	chain postrouting {
		type nat hook postrouting priority srcnat; policy accept;
		masquerade
	}
}`;
  it('reads nft list ruleset: a trailing catch-all drop is a default deny', () => {
    expect(parseNftRuleset(ruleset)).toEqual({ input: 'drop', forward: 'accept', ruleCount: 4 });
    expect(parseNftRuleset('')).toEqual({ input: 'none', forward: 'none', ruleCount: 0 });
  });
  it('reads iptables -S and iptables-save', () => {
    expect(parseIptables('-P INPUT DROP\n-P FORWARD DROP\n-P OUTPUT ACCEPT\n-A INPUT -i lo -j ACCEPT\n')).toEqual({ input: 'drop', forward: 'drop', ruleCount: 1 });
    expect(parseIptables('*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n-A INPUT -p tcp --dport 22 -j ACCEPT\n-A INPUT -j REJECT --reject-with icmp-host-prohibited\nCOMMIT\n')).toEqual({ input: 'drop', forward: 'accept', ruleCount: 2 });
    expect(parseIptables('-P INPUT ACCEPT\n-P FORWARD ACCEPT\n-P OUTPUT ACCEPT\n')).toEqual({ input: 'none', forward: 'none', ruleCount: 0 });
  });
  it('reads ufw only when enabled', () => {
    expect(parseUfw('ENABLED=yes\n', 'DEFAULT_INPUT_POLICY="DROP"\nDEFAULT_FORWARD_POLICY="DROP"\n')).toEqual({ input: 'drop', forward: 'drop', ruleCount: 0 });
    expect(parseUfw('ENABLED=no\n', 'DEFAULT_INPUT_POLICY="DROP"\n')).toBeUndefined();
  });
});

describe('storage', () => {
  const lsblk = JSON.stringify({ blockdevices: [
    { name: 'nvme0n1', type: 'disk', fstype: null, mountpoints: [null], children: [
      { name: 'nvme0n1p1', type: 'part', fstype: 'vfat', mountpoints: ['/boot/efi'] },
      { name: 'nvme0n1p3', type: 'part', fstype: 'crypto_LUKS', mountpoints: [null], children: [
        { name: 'nvme0n1p3_crypt', type: 'crypt', fstype: 'LVM2_member', mountpoints: [null], children: [
          { name: 'vg-root', type: 'lvm', fstype: 'ext4', mountpoints: ['/'] }] }] }] }] });
  it('finds the chain to / through LUKS and LVM (lsblk -J)', () => {
    const chain = rootChain(parseLsblk(lsblk));
    expect(chain?.map((d) => d.name)).toEqual(['nvme0n1', 'nvme0n1p3', 'nvme0n1p3_crypt', 'vg-root']);
  });
  it('accepts the older single MOUNTPOINT column', () => {
    const chain = rootChain(parseLsblk('{"blockdevices":[{"name":"sda","type":"disk","mountpoint":null,"children":[{"name":"sda1","type":"part","mountpoint":"/"}]}]}'));
    expect(chain?.map((d) => d.name)).toEqual(['sda', 'sda1']);
  });
  it('reads fstab and crypttab offline', () => {
    const enc = storageFromFiles('/dev/mapper/root_crypt / ext4 defaults 0 1\n', 'root_crypt UUID=x none luks\n');
    expect(enc.ok && enc.value.rootEncrypted).toBe(true);
    const plain = storageFromFiles('UUID=abc / ext4 defaults 0 1\n', '');
    expect(plain.ok && plain.value.rootEncrypted).toBe(false);
    expect(storageFromFiles('# nothing\n', '').ok).toBe(false);
  });
});

describe('small formats', () => {
  it('limits.conf, coredump.conf, apt periodic, dnf automatic, audit rules, stat lines', () => {
    expect(hardCoreLimit(['* soft core 0\n*  hard  core  unlimited # x\n', '* hard core 0\n'])).toBe('0');
    expect(hardCoreLimit(['@users hard core 0\n'])).toBeNull();
    expect(coredumpConf(['[Coredump]\n#Storage=external\nStorage=none\n[Other]\nProcessSizeMax=1\n'])).toEqual({ Storage: 'none' });
    expect(parseAptPeriodic('APT::Periodic::Update-Package-Lists "1";\nAPT::Periodic::Unattended-Upgrade "0";\n')).toEqual({ 'Update-Package-Lists': '1', 'Unattended-Upgrade': '0' });
    expect(parseDnfAutomatic('[commands]\nupgrade_type = security\napply_updates = yes\n[emitters]\nx = 1\n')).toEqual({ upgrade_type: 'security', apply_updates: 'yes' });
    expect(parseAuditRules('No rules\n')).toEqual([]);
    expect(parseAuditRules('# c\n-w  /etc/passwd   -p wa\n\n-e 2\n')).toEqual(['-w /etc/passwd -p wa', '-e 2']);
    expect(parseStatLine('/etc/shadow 640 0 42 root shadow')).toEqual({ path: '/etc/shadow', mode: 0o640, uid: 0, gid: 42, owner: 'root', group: 'shadow' });
    expect(parseStatLine('/etc/shadow stat: cannot stat')).toBeUndefined();
  });
  it('splits sections, files, commands and marks cut-off sections', () => {
    const s = splitSections('junk\n==ZT== a\nk=v\n--ZT-FILE-- /etc/x\nline1\n\n--ZT-NOFILE-- /etc/y\n--ZT-CMD-- c\nout\n--ZT-RC-- 3\n==ZT-END== a 0\n==ZT== b\n--ZT-CMD-- d\npartial');
    const a = s.get('a');
    expect(a?.rc).toBe(0);
    expect(a?.attrs).toEqual([['k', 'v']]);
    expect(a?.files.get('/etc/x')).toEqual({ state: 'file', content: 'line1' });
    expect(a?.files.get('/etc/y')?.state).toBe('missing');
    expect(a?.commands.get('c')).toEqual({ output: 'out', rc: 3 });
    expect(s.get('b')?.rc).toBeNull();
    expect(commandReason('nft list ruleset', { output: '', rc: 124 })).toBe('nft list ruleset timed out (15 s per command)');
    expect(commandReason('nft list ruleset', { output: '\nnetlink: Error: Operation not permitted\n', rc: 1 })).toBe('nft list ruleset exited 1: netlink: Error: Operation not permitted');
    expect(s.get('b')?.commands.get('d')).toEqual({ output: 'partial', rc: null });
  });
});
