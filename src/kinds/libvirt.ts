// libvirt/KVM hypervisors through virsh: `--libvirt URI` (repeatable), or an inventory target whose
// address is the connection URI. A `qemu+ssh://[user@]host[:port]/system` URI is reached through
// ztaudit's own SSH transport (host keys verified by ztaudit, not by a system ssh client), and virsh
// runs on that host with the local URI (`qemu:///system`); every other URI is handed to the local
// virsh as is (`qemu:///system`, `test:///abs/path.xml`, `qemu+tls://...`). The URI reaches the
// script as an argument ("$2"), never inside the script text.
import { UsageError } from '../engine/errors.js';
import { list, text, type FlagValues, type KindDefinition } from './definition.js';
import { mustRead } from './read-path.js';
import type { TransportName } from './names.js';
import type { TargetSpec } from './types.js';

/** How one libvirt URI is reached: the transport, the URI virsh is given there, and the SSH hop. */
export interface LibvirtConnection {
  transport: TransportName;
  /** the URI virsh runs with (on the SSH host for a +ssh URI) */
  uri: string;
  /** host name for the name column */
  host?: string;
  ssh?: { host: string; user?: string; port?: number };
}

const URI = /^([a-z][a-z0-9]*)(?:\+([a-z0-9]+))?:\/\/([^/?#\s]*)(\/[^?#\s]*)?(\?[^#\s]*)?$/i;
const SSH_TRANSPORTS = new Set(['ssh', 'libssh', 'libssh2']);

/** A libvirt connection URI (https://libvirt.org/uri.html) to how ztaudit reaches it; a bad one is a UsageError. */
export function libvirtConnection(uri: string): LibvirtConnection {
  const m = URI.exec(uri);
  if (!m || uri.length > 1000) throw new UsageError(`bad libvirt URI "${uri}" (expected e.g. qemu:///system, qemu+ssh://user@host/system or test:///abs/path.xml)`);
  const [, driver = '', via, authority = '', path = ''] = m;
  const at = authority.lastIndexOf('@');
  let user: string | undefined;
  try {
    user = at >= 0 ? decodeURIComponent(authority.slice(0, at)) : undefined;
  } catch {
    throw new UsageError(`bad libvirt URI "${uri}": cannot decode the user "${authority.slice(0, at)}"`);
  }
  const hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  const hp = /^(\[[^\]]+\]|[^:]*)(?::(\d{1,5}))?$/.exec(hostPort);
  if (!hp) throw new UsageError(`bad libvirt URI "${uri}": cannot read the host "${hostPort}"`);
  const host = (hp[1] ?? '').replace(/^\[(.*)\]$/, '$1');
  const port = hp[2] ? Number(hp[2]) : undefined;
  if (via && SSH_TRANSPORTS.has(via.toLowerCase())) {
    if (!host) throw new UsageError(`bad libvirt URI "${uri}": a +${via} URI names a host`);
    if (host.startsWith('-') || (user ?? '').startsWith('-')) throw new UsageError(`bad libvirt URI "${uri}": host or user starts with "-"`);
    return { transport: 'ssh', uri: `${driver}://${path || '/system'}`, host, ssh: { host, ...(user ? { user } : {}), ...(port ? { port } : {}) } };
  }
  return { transport: 'local', uri, ...(host ? { host } : {}) };
}

/** The target options a libvirt URI implies (transport, the URI for virsh, the SSH hop). */
export function libvirtOptions(uri: string): TargetSpec['options'] {
  const c = libvirtConnection(uri);
  return {
    transport: c.transport,
    uri: c.uri,
    ...(c.ssh ? { sshHost: c.ssh.host, ...(c.ssh.user ? { user: c.ssh.user } : {}), ...(c.ssh.port ? { port: c.ssh.port } : {}) } : {}),
  };
}

export const libvirtTarget = (uri: string): TargetSpec => {
  const c = libvirtConnection(uri);
  return { id: `libvirt:${uri}`, kind: 'libvirt', name: c.host ?? uri, address: uri, options: libvirtOptions(uri) };
};

/** --identity for a +ssh URI (--known-hosts and --ssh-accept-new apply to every SSH target: src/inventory/targets.ts). */
function sshFlagOptions(f: FlagValues): TargetSpec['options'] {
  const identity = text(f.identity) ? mustRead(text(f.identity)!, '--identity key', false) : undefined;
  return identity ? { credentials: { privateKey: { file: identity } } } : {};
}

export const LIBVIRT: KindDefinition = {
  kind: 'libvirt',
  description: 'libvirt/KVM through virsh, locally or on the host over SSH',
  transports: ['local', 'ssh'],
  defaultTransport: (t) => {
    if (!t.address) return 'local';
    try {
      return libvirtConnection(t.address).transport;
    } catch {
      return 'local';
    }
  },
  flags: [{ flags: '--libvirt <uri>', description: 'a libvirt connection URI audited through virsh: qemu:///system, qemu+ssh://user@host/system, test:///abs/file.xml (repeatable)', repeatable: true }],
  fromFlags: (f) => {
    const targets = list(f.libvirt).map(libvirtTarget);
    // a +ssh URI takes the key the --ssh targets take
    return targets.map((t) => (t.options.transport === 'ssh' ? { ...t, options: { ...t.options, ...sshFlagOptions(f) } } : t));
  },
  checkAddress: (address) => void libvirtConnection(address),
  scriptArgs: (t) => [typeof t.options.uri === 'string' ? t.options.uri : (t.address ?? 'qemu:///system')],
  sarifPrefix: 'libvirt',
};
