// sshd parsing on real captures: Debian 12's default sshd_config and the real `sshd -T` of it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyAlgorithmList, parseSshdConfig, parseSshdSection, parseSshdT, sshdSeconds } from '../../../src/providers/linux/parse-sshd.js';
import { splitSections } from '../../../src/providers/shell/sections.js';
import { samplesDir } from './fixture-root.js';

const samples = join(samplesDir, 'ssh');
const debianConfig = readFileSync(join(samples, 'debian12__openssh-server_9.2p1-2+deb12u10__sshd_config'), 'utf8');
const debianT = readFileSync(join(samples, 'debian12__openssh-server_9.2p1-2+deb12u10__sshd-T.txt'), 'utf8');
const rhelT = readFileSync(join(samples, 'rhel9__sshd-T-C-user=root__wazuh-qa-issue-3822__PARTIAL.txt'), 'utf8');

describe('parseSshdT on real sshd -T output', () => {
  it('reads the Debian 12 defaults', () => {
    const eff = parseSshdT(debianT);
    expect(eff.permitrootlogin).toBe('prohibit-password'); // printed as the old alias without-password
    expect(eff.passwordauthentication).toBe('yes');
    expect(eff.x11forwarding).toBe('yes');
    expect(eff.maxauthtries).toBe('6');
    expect(eff.loglevel).toBe('INFO');
    expect(eff.acceptenv).toBe('LANG LC_*');
    expect(eff.listenaddress).toBe('[::]:22 0.0.0.0:22');
    expect(eff.macs?.split(',')).toContain('hmac-sha1');
    expect(eff.ciphers?.split(',')).toEqual(['chacha20-poly1305@openssh.com', 'aes128-ctr', 'aes192-ctr', 'aes256-ctr', 'aes128-gcm@openssh.com', 'aes256-gcm@openssh.com']);
  });
  it('reads the (partial) RHEL 9 capture', () => {
    const eff = parseSshdT(rhelT);
    expect(eff.permitrootlogin).toBe('yes');
    expect(eff.passwordauthentication).toBe('no');
    expect(eff.requiredrsasize).toBe('2048');
  });
});

describe('parseSshdConfig: sshd semantics without the daemon', () => {
  it('gives the same answers as the real sshd -T for Debian\'s default config', () => {
    const fromFile = parseSshdConfig([{ path: '/etc/ssh/sshd_config', content: debianConfig }]);
    const real = parseSshdT(debianT);
    for (const key of ['passwordauthentication', 'permitemptypasswords', 'x11forwarding', 'maxauthtries', 'kbdinteractiveauthentication', 'usepam', 'hostbasedauthentication', 'ignorerhosts', 'permituserenvironment', 'logingracetime', 'maxsessions', 'maxstartups', 'allowagentforwarding', 'allowtcpforwarding', 'clientaliveinterval', 'clientalivecountmax', 'loglevel', 'gssapiauthentication', 'ciphers', 'acceptenv']) {
      expect(fromFile.effective[key], key).toBe(real[key]);
    }
    expect(fromFile.effective.permitrootlogin).toBe(real.permitrootlogin);
    expect(fromFile.effective.kexalgorithms).toBe(real.kexalgorithms);
    expect(fromFile.effective.macs).toBe(real.macs);
    expect(fromFile.notes).toEqual([]);
  });
  it('expands Include in place: the first value wins, Match blocks are not folded in', () => {
    const facts = parseSshdConfig([
      { path: '/etc/ssh/sshd_config', content: 'PermitRootLogin no\nInclude sshd_config.d/*.conf\nPasswordAuthentication no\nMatch User bob\n  PasswordAuthentication yes\n' },
      { path: '/etc/ssh/sshd_config.d/20-b.conf', content: 'PermitRootLogin yes\nX11Forwarding yes\n' },
      { path: '/etc/ssh/sshd_config.d/10-a.conf', content: 'PasswordAuthentication yes\nX11Forwarding no\n' },
    ]);
    expect(facts.effective.permitrootlogin).toBe('no');
    expect(facts.effective.passwordauthentication).toBe('yes');
    expect(facts.effective.x11forwarding).toBe('no');
    expect(facts.files).toEqual(['/etc/ssh/sshd_config', '/etc/ssh/sshd_config.d/10-a.conf', '/etc/ssh/sshd_config.d/20-b.conf']);
    expect(facts.matchBlocks).toBe(1);
  });
  it('applies +, - and ^ algorithm lists to the defaults', () => {
    expect(applyAlgorithmList('+aes128-cbc', 'a,b')).toBe('a,b,aes128-cbc');
    expect(applyAlgorithmList('-b*', 'a,b1,b2,c')).toBe('a,c');
    expect(applyAlgorithmList('^c', 'a,b,c')).toBe('c,a,b');
    expect(applyAlgorithmList('x,y', 'a,b')).toBe('x,y');
  });
  it('converts sshd time values to seconds', () => {
    expect(sshdSeconds('2m')).toBe('120');
    expect(sshdSeconds('1h30m')).toBe('5400');
    expect(sshdSeconds('45')).toBe('45');
    expect(sshdSeconds('abc')).toBe('abc');
  });
});

describe('parseSshdSection', () => {
  const section = (body: string) => splitSections(`==ZT== sshd\n${body}\n==ZT-END== sshd 0\n`).get('sshd')!;
  it('prefers sshd -T when it ran (live, root)', () => {
    const s = section(`binary=/usr/sbin/sshd\n--ZT-CMD-- sshd-T\n${debianT}\n--ZT-RC-- 0\n--ZT-FILE-- /etc/ssh/sshd_config\nPermitRootLogin yes\n`);
    const f = parseSshdSection(s, 'live');
    expect(f.ok && f.value.source).toBe('sshd -T');
    expect(f.ok && f.value.effective.permitrootlogin).toBe('prohibit-password');
  });
  it('falls back to the files and says why when sshd -T fails', () => {
    const s = section('binary=/usr/sbin/sshd\n--ZT-CMD-- sshd-T\nMissing privilege separation directory: /run/sshd\n--ZT-RC-- 255\n--ZT-FILE-- /etc/ssh/sshd_config\nPermitRootLogin yes\n');
    const f = parseSshdSection(s, 'live');
    expect(f.ok && f.value.source).toBe('config');
    expect(f.ok && f.value.effective.permitrootlogin).toBe('yes');
    expect(f.ok && f.value.notes[0]).toMatch(/sshd -T failed .*privilege separation/);
  });
  it('reports "not installed" without a binary, and an error when the config is unreadable', () => {
    const none = parseSshdSection(section('binary=\n--ZT-NOFILE-- /etc/ssh/sshd_config'), 'offline');
    expect(none).toEqual({ ok: true, value: expect.objectContaining({ installed: false }) });
    const denied = parseSshdSection(section('binary=/usr/sbin/sshd\n--ZT-DENIED-- /etc/ssh/sshd_config'), 'offline');
    expect(denied).toEqual({ ok: false, reason: 'cannot read /etc/ssh/sshd_config: permission denied' });
  });
});
