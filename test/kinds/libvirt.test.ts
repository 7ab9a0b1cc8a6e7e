// libvirt connection URIs (https://libvirt.org/uri.html) to how ztaudit reaches them.
import { describe, expect, it } from 'vitest';
import { libvirtConnection, libvirtTarget } from '../../src/kinds/libvirt.js';
import { KINDS } from '../../src/kinds/registry.js';
import { parseInventory } from '../../src/inventory/load.js';
import { sshOptionsFor } from '../../src/transports/ssh-options.js';

describe('libvirt URIs', () => {
  it('a local or test URI runs the local virsh with the URI as given', () => {
    expect(libvirtConnection('qemu:///system')).toEqual({ transport: 'local', uri: 'qemu:///system' });
    expect(libvirtConnection('test:///abs/weak.xml')).toEqual({ transport: 'local', uri: 'test:///abs/weak.xml' });
    expect(libvirtConnection('qemu+tls://kvm-1.example/system')).toMatchObject({ transport: 'local', uri: 'qemu+tls://kvm-1.example/system', host: 'kvm-1.example' });
  });

  it('a +ssh URI goes through ztaudit’s SSH transport, and virsh runs there with the local URI', () => {
    expect(libvirtConnection('qemu+ssh://audit@kvm-1:2222/system')).toEqual({ transport: 'ssh', uri: 'qemu:///system', host: 'kvm-1', ssh: { host: 'kvm-1', user: 'audit', port: 2222 } });
    expect(libvirtConnection('qemu+ssh://[2001:db8::1]/session')).toMatchObject({ uri: 'qemu:///session', ssh: { host: '2001:db8::1' } });
    const t = libvirtTarget('qemu+ssh://audit@kvm-1/system');
    expect(t).toMatchObject({ id: 'libvirt:qemu+ssh://audit@kvm-1/system', name: 'kvm-1', address: 'qemu+ssh://audit@kvm-1/system', options: { transport: 'ssh', uri: 'qemu:///system', sshHost: 'kvm-1', user: 'audit' } });
    expect(sshOptionsFor(t, { timeoutMs: 1000, signal: new AbortController().signal })).toMatchObject({ host: 'kvm-1', user: 'audit' });
  });

  it('refuses what is not a URI, and an SSH host or user that would read as an option', () => {
    for (const bad of ['system', '-c qemu:///system', 'qemu:///sys tem', 'qemu+ssh:///system', 'qemu+ssh://-oProxyCommand=x/system', 'qemu+ssh://a%ZZ@kvm-1/system', '']) {
      expect(() => libvirtConnection(bad), bad).toThrow(/bad libvirt URI/);
    }
  });

  it('the script gets the URI as its second argument', () => {
    expect(KINDS.libvirt.scriptArgs!(libvirtTarget('test:///a;b.xml'))).toEqual(['test:///a;b.xml']);
    expect(KINDS.libvirt.scriptArgs!(libvirtTarget('qemu+ssh://kvm-1/system'))).toEqual(['qemu:///system']);
  });

  it('an inventory target’s address is its URI: transport, virsh URI and SSH hop come from it', () => {
    const { targets } = parseInventory(
      'targets:\n  - {name: kvm-1, kind: libvirt, address: "qemu+ssh://audit@kvm-1.example.internal/system"}\n  - {name: lab, kind: libvirt, address: "test:///default"}\n  - {name: kvm-2, kind: libvirt, address: "qemu+ssh://kvm-2/system", user: ops, port: 2200}\n',
      'fleet.yaml',
    );
    expect(targets.map((t) => [t.id, t.options.transport, t.options.uri, t.options.sshHost, t.options.user, t.options.port])).toEqual([
      ['libvirt:kvm-1', 'ssh', 'qemu:///system', 'kvm-1.example.internal', 'audit', undefined],
      ['libvirt:lab', 'local', 'test:///default', undefined, undefined, undefined],
      ['libvirt:kvm-2', 'ssh', 'qemu:///system', 'kvm-2', 'ops', 2200],
    ]);
    expect(() => parseInventory('targets:\n  - {name: kvm-3, kind: libvirt, address: kvm-3.example}\n', 'fleet.yaml')).toThrow(/^inventory fleet\.yaml: targets\/0\/address: bad libvirt URI "kvm-3\.example"/);
  });
});
