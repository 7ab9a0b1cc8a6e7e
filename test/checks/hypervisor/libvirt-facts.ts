// Builders for libvirt.* fact values in check tests: a hardened guest and host plus overrides.
import type { LibvirtConfigFacts, LibvirtDomain, LibvirtDomainsFacts, LibvirtHostFacts } from '../../../src/kit/hypervisor/facts.js';

export const notCollected = (reason = 'virsh -c qemu:///system list: virsh exited 1: error: failed to connect to the hypervisor') => ({ ok: false, reason });
export const notApplicable = (reason = "test:///default is libvirt's test driver: no daemon configuration to read") => ({ ok: false, reason, notApplicable: true });

export function guest(name = 'app', extra: Partial<LibvirtDomain> = {}): LibvirtDomain {
  return {
    name,
    type: 'kvm',
    seclabels: [{ type: 'dynamic', model: 'selinux', relabel: 'yes' }],
    graphics: [{ type: 'vnc', listen: ['127.0.0.1'], socket: false, password: false, tls: false }],
    hostdevs: [],
    efi: true,
    secureBoot: true,
    tpm: { model: 'tpm-crb', backend: 'emulator' },
    disks: [{ device: 'disk', type: 'file', source: `/var/lib/libvirt/images/${name}.qcow2`, format: 'qcow2', encrypted: true, readonly: false }],
    chardevs: [{ device: 'serial', type: 'pty', tls: false }],
    ...extra,
  };
}

export const domains = (list: LibvirtDomain[] = [guest()], extra: Partial<LibvirtDomainsFacts> = {}): LibvirtDomainsFacts => ({ uri: 'qemu:///system', source: 'virsh', domains: list, unreadable: [], guestAgents: [], ...extra });

export const host = (secModels: string[] = ['selinux', 'dac']): LibvirtHostFacts => ({ uri: 'qemu:///system', secModels, arch: 'x86_64' });

export function config(files: LibvirtConfigFacts['files'] = {}, sockets: string[] = []): LibvirtConfigFacts {
  return { files: { 'libvirtd.conf': {}, 'qemu.conf': { migrate_tls_force: 1 }, ...files }, denied: [], sockets };
}
