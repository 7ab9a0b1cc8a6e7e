// The libvirt section's parse, and how the URI reaches the script: pure, from fixed outputs.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIBVIRT_HOST_PROVIDER, LIBVIRT_PROVIDER } from '../../../src/providers/libvirt/provider.js';
import { parseDomainXml, parseLibvirtConf, parseLibvirtSection } from '../../../src/providers/libvirt/parse.js';
import { collectShell } from '../../../src/providers/shell/collect.js';
import { splitSections, type Section } from '../../../src/providers/shell/sections.js';
import type { ExecRequest, Transport } from '../../../src/transports/types.js';

const repo = resolve(import.meta.dirname, '../../..');
const section = (body: string): Section => splitSections(`==ZT== libvirt\n${body}\n==ZT-END== libvirt 0\n`).get('libvirt')!;
const cmd = (name: string, output: string, rc = 0): string => `--ZT-CMD-- ${name}\n${output}\n\n--ZT-RC-- ${rc}`;

describe('libvirt configuration files', () => {
  it('reads strings, integers and lists across lines, ignoring comments', () => {
    expect(parseLibvirtConf('# listen_tcp = 1\nlisten_tcp = 1\nauth_tcp = "none"  # trailing\nsecurity_driver = [ "selinux",\n  "dac" ]\nuser = "+0"\nx = "a # not a comment"\n')).toEqual({
      listen_tcp: 1, auth_tcp: 'none', security_driver: ['selinux', 'dac'], user: '+0', x: 'a # not a comment',
    });
  });
});

describe('domain XML', () => {
  it('reads the weak fixture guests: seclabel, graphics, host devices, character devices', () => {
    const text = readFileSync(join(repo, 'fixtures/libvirt/host-weak/etc/libvirt/qemu/weak-web.xml'), 'utf8');
    const d = parseDomainXml(text);
    expect(d).toMatchObject({ name: 'weak-web', type: 'kvm', seclabels: [{ type: 'none' }], efi: false, secureBoot: false, hostdevs: [] });
    expect(d.graphics).toEqual([{ type: 'vnc', listen: ['0.0.0.0'], socket: false, password: false, tls: false }]);
    expect(d.chardevs.map((c) => [c.device, c.type, c.host, c.tls, c.target])).toEqual([['serial', 'tcp', '0.0.0.0', false, undefined], ['channel', 'unix', undefined, false, 'org.qemu.guest_agent.0']]);
  });

  it('Secure Boot: the firmware feature, or a secure loader with a Microsoft-keys varstore template; vTPM; LUKS', () => {
    const base = (os: string, devices = '') => `<domain type='kvm'><name>g</name>${os}<devices>${devices}</devices></domain>`;
    expect(parseDomainXml(base("<os firmware='efi'><firmware><feature enabled='no' name='secure-boot'/></firmware></os>"))).toMatchObject({ efi: true, secureBoot: false });
    expect(parseDomainXml(base("<os><loader readonly='yes' secure='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE_4M.ms.fd</loader><nvram template='/usr/share/OVMF/OVMF_VARS_4M.ms.fd'/></os>"))).toMatchObject({ efi: true, secureBoot: true });
    expect(parseDomainXml(base("<os><loader readonly='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE_4M.fd</loader></os>"))).toMatchObject({ efi: true, secureBoot: false });
    const d = parseDomainXml(base('<os/>', "<tpm model='tpm-tis'><backend type='passthrough'/></tpm><disk type='volume' device='disk'><driver type='luks'/><source pool='p' volume='v'/></disk><interface type='hostdev'><source><address type='pci' domain='0x0000' bus='0x3b' slot='0x02' function='0x1'/></source></interface><graphics type='spice' passwd='(masked)'><listen type='network' network='public'/></graphics>"));
    expect(d.tpm).toEqual({ model: 'tpm-tis', backend: 'passthrough' });
    expect(d.disks).toEqual([{ device: 'disk', type: 'volume', source: 'p/v', format: 'luks', encrypted: true, readonly: false }]);
    expect(d.hostdevs).toEqual([{ type: 'pci', id: '0000:3b:02.1' }]);
    expect(d.graphics).toEqual([{ type: 'spice', listen: ['network:public'], socket: false, password: true, tls: false }]);
  });

  it('a document that is not a domain is refused with the reason', () => {
    expect(() => parseDomainXml('<network><name>x</name></network>')).toThrow(/no <domain> element/);
    expect(() => parseDomainXml("<domain type='kvm'/>")).toThrow(/no <name>/);
  });
});

describe('the libvirt section', () => {
  const guest = "<domain type='test'><name>g1</name><devices/></domain>";
  const caps = '<capabilities><host><cpu><arch>x86_64</arch></cpu><secmodel><model>apparmor</model><doi>0</doi></secmodel><secmodel><model>dac</model></secmodel></host></capabilities>';

  it('virsh answering: guests, capabilities; an unreadable guest is named with virsh’s reason', () => {
    const s = section(['uri=qemu:///system', 'conf=yes', 'virsh=yes', cmd('list', 'g1\ng2'), cmd('capabilities', caps), 'domain=g1', cmd('dumpxml.1', guest), 'domain=g2', cmd('dumpxml.2', "error: failed to get domain 'g2'", 1), '--ZT-FILE-- /etc/libvirt/qemu.conf', 'user = "root"', '--ZT-NOFILE-- /etc/libvirt/libvirtd.conf'].join('\n'));
    const f = parseLibvirtSection(s, false);
    expect(f['libvirt.domains']).toEqual({ ok: true, value: { uri: 'qemu:///system', source: 'virsh', domains: [expect.objectContaining({ name: 'g1' })], unreadable: [{ name: 'g2', reason: "virsh dumpxml exited 1: error: failed to get domain 'g2'" }], guestAgents: [] } });
    expect(f['libvirt.host']).toEqual({ ok: true, value: { uri: 'qemu:///system', secModels: ['apparmor', 'dac'], arch: 'x86_64' } });
    expect(f['libvirt.config']).toEqual({ ok: true, value: { files: { 'qemu.conf': { user: 'root' } }, denied: [], sockets: [] } });
  });

  it('qemu.conf fills in what a guest leaves to the driver: vnc_listen, spice_listen, vnc_auto_unix_socket, vnc_tls', () => {
    const xml = "<domain type='kvm'><name>g1</name><devices><graphics type='vnc' port='-1'/><graphics type='spice' autoport='yes'/><graphics type='vnc' listen='127.0.0.1'/></devices></domain>";
    const run = (conf: string) => {
      const s = section(['uri=qemu:///system', 'conf=yes', 'virsh=yes', cmd('list', 'g1'), cmd('capabilities', caps), 'domain=g1', cmd('dumpxml.1', xml), '--ZT-FILE-- /etc/libvirt/qemu.conf', conf].join('\n'));
      const f = parseLibvirtSection(s, false)['libvirt.domains'];
      return f.ok ? f.value.domains[0]!.graphics.map((g) => [g.type, g.listen.join(','), g.socket, g.tls]) : f;
    };
    expect(run('vnc_listen = "0.0.0.0"\nspice_listen = "::"')).toEqual([['vnc', '0.0.0.0', false, false], ['spice', '::', false, false], ['vnc', '127.0.0.1', false, false]]);
    expect(run('vnc_auto_unix_socket = 1\nvnc_tls = 1')).toEqual([['vnc', '', true, true], ['spice', '', false, false], ['vnc', '127.0.0.1', false, true]]);
  });

  it('a libvirt target without virsh, or whose URI does not answer, is an error; a Linux host with neither libvirt nor a daemon is not_applicable', () => {
    const noVirsh = section('uri=qemu:///system\nconf=yes\nvirsh=no\n--ZT-NOFILE-- /etc/libvirt/libvirtd.conf');
    expect(parseLibvirtSection(noVirsh, false)['libvirt.domains']).toEqual({ ok: false, reason: 'virsh is not installed where the libvirt target is audited (Debian: libvirt-clients)' });
    expect(parseLibvirtSection(noVirsh, true)['libvirt.domains']).toMatchObject({ ok: false, notApplicable: true });
    const refused = section(`uri=qemu:///system\nconf=yes\nvirsh=yes\n${cmd('list', 'error: failed to connect to the hypervisor\nerror: Failed to connect socket to \'/var/run/libvirt/libvirt-sock\': Permission denied', 1)}\n--ZT-FILE-- /etc/libvirt/libvirtd.conf\n`);
    const reason = "virsh -c qemu:///system list: virsh exited 1: error: Failed to connect socket to '/var/run/libvirt/libvirt-sock': Permission denied; error: failed to connect to the hypervisor";
    // a daemon is configured here: the facet is an error, not "no libvirt"
    expect(parseLibvirtSection(refused, true)['libvirt.domains']).toEqual({ ok: false, reason });
    expect(parseLibvirtSection(refused, false)['libvirt.host']).toEqual({ ok: false, reason });
  });

  it('unreadable daemon files are an error naming them; a test or remote URI has no host files', () => {
    expect(parseLibvirtSection(section('uri=qemu:///system\nconf=yes\nvirsh=no\n--ZT-DENIED-- /etc/libvirt/qemu.conf'), true)['libvirt.config']).toEqual({ ok: false, reason: 'cannot read /etc/libvirt/qemu.conf (run as root, or become: sudo)' });
    expect(parseLibvirtSection(section('uri=test:///default\nconf=no\nvirsh=no'), false)['libvirt.config']).toMatchObject({ notApplicable: true, reason: expect.stringContaining("libvirt's test driver") });
    expect(parseLibvirtSection(section('uri=qemu+tls://kvm-1/system\nconf=no\nvirsh=no'), false)['libvirt.config']).toMatchObject({ notApplicable: true, reason: expect.stringContaining('qemu+ssh://') });
  });

  it('a section cut off by a timeout makes every libvirt fact an error', () => {
    const out = LIBVIRT_PROVIDER.parse(() => undefined, { root: '/', mode: 'live', facts: {} });
    expect(Object.keys(out).sort()).toEqual(['libvirt.config', 'libvirt.domains', 'libvirt.host']);
    for (const f of Object.values(out)) expect(f).toMatchObject({ ok: false, reason: expect.stringContaining('missing') });
    expect(LIBVIRT_HOST_PROVIDER.kinds).toEqual(['linux']);
  });
});

describe('collectShell passes a kind’s arguments after the root', () => {
  it('sh -s -- ROOT URI: the URI is an argv element, not script text', async () => {
    const seen: ExecRequest[] = [];
    const transport: Transport = {
      name: 'fake',
      exec: async (req: ExecRequest) => {
        seen.push(req);
        return { stdout: '', stderr: '', code: 0 };
      },
      readFile: async () => ({ ok: false, reason: 'unused' }),
      close: async () => {},
    } as unknown as Transport;
    const uri = "test:///x;$(id)'.xml";
    await collectShell({ id: 'libvirt:x', kind: 'libvirt', name: 'x', options: {} }, transport, [LIBVIRT_PROVIDER], { timeoutMs: 1000, signal: new AbortController().signal, log: () => {} }, [uri]);
    expect(seen[0]!.argv).toEqual(['sh', '-s', '--', '/', uri]);
    expect(seen[0]!.stdin).not.toContain(uri);
    expect(seen[0]!.stdin).toContain('ZT_URI=${2:-qemu:///system}');
  });
});
