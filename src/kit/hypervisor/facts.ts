// libvirt/KVM facts, from virsh (list, dumpxml, capabilities) and the daemon and driver
// configuration files. Secrets are never collected: a graphics password is masked on the host
// before the output leaves it, and only "set or not" reaches the facts.

export interface LibvirtGraphics {
  /** vnc, spice, rdp... */
  type: string;
  /** the addresses it listens on ('' when the domain leaves it to qemu.conf's vnc_listen/spice_listen) */
  listen: string[];
  /** listens on a UNIX socket only */
  socket: boolean;
  /** a passwd attribute is set (its value is never collected) */
  password: boolean;
  /** SPICE defaultMode='secure' (every channel over TLS) */
  tls: boolean;
}

export interface LibvirtChardev {
  /** serial, console, parallel, channel */
  device: string;
  /** tcp, udp, pty, unix, file... */
  type: string;
  host?: string;
  service?: string;
  /** bind (listens) or connect */
  mode?: string;
  /** telnet, raw, tls (protocol type) */
  protocol?: string;
  /** <source tls='yes'> */
  tls: boolean;
  /** virtio channel target name, e.g. org.qemu.guest_agent.0 */
  target?: string;
}

export interface LibvirtDisk {
  /** disk, cdrom, floppy, lun */
  device: string;
  /** file, block, network, volume */
  type: string;
  source: string;
  /** driver type: qcow2, raw, luks... */
  format?: string;
  /** an <encryption> element (LUKS or qcow) on the source or the disk */
  encrypted: boolean;
  readonly: boolean;
}

export interface LibvirtDomain {
  name: string;
  uuid?: string;
  /** kvm, qemu, test, lxc... */
  type: string;
  /** seclabel elements: type none/dynamic/static, model selinux/apparmor/dac */
  seclabels: { type: string; model?: string; relabel?: string }[];
  graphics: LibvirtGraphics[];
  /** passed-through host devices: pci 0000:01:00.0, usb 046d:c52b (vendor:product) or bus.device */
  hostdevs: { type: string; id: string }[];
  /** UEFI firmware, and whether Secure Boot is enabled for it */
  efi: boolean;
  secureBoot: boolean;
  /** a <tpm> device (model and backend: emulator, passthrough) */
  tpm?: { model: string; backend: string };
  disks: LibvirtDisk[];
  chardevs: LibvirtChardev[];
}

export interface LibvirtDomainsFacts {
  /** the connection URI virsh was given */
  uri: string;
  /** where the definitions came from: virsh dumpxml, or the persisted XML under a mounted root */
  source: 'virsh' | 'config';
  domains: LibvirtDomain[];
  /** domains whose definition could not be read, with the reason */
  unreadable: { name: string; reason: string }[];
  /** guests with a QEMU guest agent channel (org.qemu.guest_agent.0), sorted: for site rules in YAML */
  guestAgents: string[];
}

export interface LibvirtHostFacts {
  uri: string;
  /** security models from `virsh capabilities` (selinux, apparmor, dac, none, testSecurity) */
  secModels: string[];
  /** host CPU arch and hypervisor drivers offered */
  arch?: string;
}

/** One libvirt configuration file read as key = value (strings unquoted, lists as arrays). */
export type LibvirtConf = Record<string, string | number | string[]>;

export interface LibvirtConfigFacts {
  /** the files found, by name: libvirtd.conf, virtqemud.conf, virtproxyd.conf, qemu.conf */
  files: Record<string, LibvirtConf>;
  /** files present but unreadable (run as root to read them) */
  denied: string[];
  /** systemd sockets enabled for remote access: libvirtd-tcp.socket, virtproxyd-tls.socket... */
  sockets: string[];
}

declare module '../../engine/facts.js' {
  interface FactTypes {
    'libvirt.domains': LibvirtDomainsFacts;
    'libvirt.host': LibvirtHostFacts;
    'libvirt.config': LibvirtConfigFacts;
  }
}
