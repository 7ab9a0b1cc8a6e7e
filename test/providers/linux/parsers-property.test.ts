// Every parser is total: arbitrary text (and arbitrary section-shaped output) gives a result or
// an error value, never an exception; and what comes out is always an Outcome.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLinuxOutput } from '../../../src/providers/linux/index.js';
import { parseLoginDefs, parsePasswd, parseShadowState } from '../../../src/providers/linux/parse-accounts.js';
import { parseStatLine } from '../../../src/providers/linux/parse-files.js';
import { parseIptables, parseNftRuleset, parseUfw } from '../../../src/providers/linux/parse-firewall.js';
import { coredumpConf, hardCoreLimit, parseOsRelease, parseSelinuxConfig, storageFromFiles } from '../../../src/providers/linux/parse-host.js';
import { splitSections } from '../../../src/providers/shell/sections.js';
import { parseAptPeriodic, parseAuditRules, parseDnfAutomatic } from '../../../src/providers/linux/parse-services.js';
import { applyAlgorithmList, parseSshdConfig, parseSshdT, sshdSeconds } from '../../../src/providers/linux/parse-sshd.js';
import { parseSysctlConf, persistedSysctl } from '../../../src/providers/linux/parse-sysctl.js';
import { SECTION_NAMES } from '../../../src/providers/linux/index.js';

const runs = { numRuns: 300 };
/** Text biased towards the tokens the parsers look for. */
const tokens = fc.constantFrom('\n', ' ', '\t', '=', ':', '#', '"', '{', '}', ';', '/', '*', '[', 'Include ', 'Match ', 'PermitRootLogin ', 'yes', 'no', '0', '1', 'policy drop', 'type filter hook input', 'chain x {', 'table inet t {', '-P INPUT DROP', '-A INPUT -j DROP', '-w /etc/passwd', '* hard core 0', '[Coredump]', 'Storage=none', 'APT::Periodic::X "1";', '/dev/mapper/x', ' / ');
const text = fc.oneof(fc.string({ maxLength: 400 }), fc.array(tokens, { maxLength: 80 }).map((a) => a.join('')));

const total = (name: string, f: (s: string) => unknown) =>
  it(`${name} never throws`, () => fc.assert(fc.property(text, (s) => { f(s); }), runs));

describe('line parsers are total', () => {
  total('parseSshdT', parseSshdT);
  total('parseSshdConfig', (s) => parseSshdConfig([{ path: '/etc/ssh/sshd_config', content: s }, { path: '/etc/ssh/sshd_config.d/a.conf', content: s }]));
  total('applyAlgorithmList', (s) => applyAlgorithmList(s, 'a,b,c'));
  total('sshdSeconds', sshdSeconds);
  total('parseSysctlConf', parseSysctlConf);
  total('persistedSysctl', (s) => persistedSysctl([{ path: '/etc/sysctl.d/x.conf', content: s }, { path: '/etc/sysctl.conf', content: s }]));
  total('parsePasswd', parsePasswd);
  total('parseShadowState', parseShadowState);
  total('parseLoginDefs', parseLoginDefs);
  total('parseStatLine', parseStatLine);
  total('parseNftRuleset', parseNftRuleset);
  total('parseIptables', parseIptables);
  total('parseUfw', (s) => parseUfw(s, s));
  total('parseAuditRules', parseAuditRules);
  total('parseAptPeriodic', parseAptPeriodic);
  total('parseDnfAutomatic', parseDnfAutomatic);
  total('parseOsRelease', parseOsRelease);
  total('parseSelinuxConfig', parseSelinuxConfig);
  total('hardCoreLimit', (s) => hardCoreLimit([s]));
  total('coredumpConf', (s) => coredumpConf([s]));
  total('storageFromFiles', (s) => storageFromFiles(s, s));
  total('splitSections', splitSections);
});

describe('the whole output parser', () => {
  /** Output shaped like the script's: known sections, markers, and random bodies. */
  const marker = fc.constantFrom('--ZT-FILE-- /etc/ssh/sshd_config', '--ZT-FILE-- /etc/passwd', '--ZT-DENIED-- /etc/shadow', '--ZT-NOFILE-- /etc/fstab', '--ZT-CMD-- lsblk', '--ZT-CMD-- sshd-T', '--ZT-CMD-- nft', '--ZT-CMD-- shadow-state', '--ZT-RC-- 0', '--ZT-RC-- 1', 'binary=/usr/sbin/sshd', 'value=kernel.kptr_restrict=1', 'stat=/tmp 1777 0 0 root root', 'pathdir=/usr/bin 755 0', 'enabled=auditd.service', 'installed=auditd', 'mode=live', 'mode=offline', 'efi=yes', 'efivar= 6 0 0 0 1', 'rootmount=ext4 /dev/sda1', '{"blockdevices":[{"name":"sda","type":"disk","mountpoints":["/"]}]}', 'smi=/usr/bin/nvidia-smi', 'smi=missing', 'gpu=offline', '--ZT-CMD-- smi', '<nvidia_smi_log><driver_version>535.54.03</driver_version><gpu id="0"><product_name>T4</product_name></gpu></nvidia_smi_log>', 'Driver Version : 595.80', 'gproc=12 root 0::/', 'nvlib=libnvidia-ml.so.535.54.03', 'dcgmproc=nv-hostengine', '--ZT-CMD-- ctk', '--ZT-FILE-- /proc/driver/nvidia/version',
    // the libvirt facet's section
    'virsh=yes', 'virsh=offline', 'conf=yes', 'socket=libvirtd-tcp.socket', 'domain=g', '--ZT-CMD-- list', '--ZT-CMD-- dumpxml.1', '--ZT-CMD-- capabilities', '--ZT-FILE-- /etc/libvirt/qemu.conf', '--ZT-FILE-- /etc/libvirt/qemu/g.xml',
    "<domain type='kvm'><name>g</name><devices><graphics type='vnc'/></devices></domain>", '<capabilities><host><secmodel><model>selinux</model></secmodel></host></capabilities>', 'security_driver = [ "none"', '<domain><os firmware=');
  const section = fc.tuple(fc.constantFrom(...SECTION_NAMES), fc.array(fc.oneof(marker, text), { maxLength: 12 }), fc.boolean()).map(
    ([name, lines, closed]) => `==ZT== ${name}\n${lines.join('\n')}\n${closed ? `==ZT-END== ${name} 0\n` : ''}`,
  );
  const output = fc.array(section, { maxLength: SECTION_NAMES.length * 2 }).map((s) => s.join(''));
  it('always yields every fact as an Outcome with a reason when not ok', () => {
    fc.assert(
      fc.property(output, fc.constantFrom('/', '/mnt/image'), (out, root) => {
        const facts = parseLinuxOutput(out, root);
        expect(Object.keys(facts).sort()).toEqual(['linux.audit', 'linux.coredump', 'linux.files', 'linux.firewall', 'linux.mac', 'linux.os', 'linux.secureboot', 'linux.services', 'linux.sshd', 'linux.storage', 'linux.sysctl', 'linux.timesync', 'linux.updates', 'linux.accounts', 'linux.kubernetes-node',
          'storage.nfs', 'storage.mounts', 'storage.smb', 'storage.iscsi', 'storage.luks', 'storage.ceph', 'gpu.nvidia', 'gpu.host', 'libvirt.domains', 'libvirt.host', 'libvirt.config'].sort());
        for (const f of Object.values(facts)) {
          if (f.ok) expect(f.value).toBeDefined();
          else expect(f.reason.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
  it('an empty output is all errors, never a pass-through', () => {
    const facts = parseLinuxOutput('', '/');
    expect(Object.values(facts).every((f) => !f.ok)).toBe(true);
  });
});
