// OS identity, root-filesystem encryption, mandatory access control, core dumps and Secure Boot.
import { notApplicableFact, ok, type Outcome } from '../../engine/types.js';
import { attr, commandReason, filesMatching, type Section } from '../shell/sections.js';
import type { BlockDevice, CoredumpFacts, MacFacts, ObserveMode, OsFacts, SecureBootFacts, StorageFacts, SysctlFacts } from '../../kit/linux/facts.js';

export function parseOsRelease(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (m) out[m[1] ?? ''] = (m[2] ?? '').replace(/^(["'])(.*)\1$/, '$2');
  }
  return out;
}

export function parseMetaSection(section: Section, root: string): Outcome<OsFacts> {
  const mode: ObserveMode = attr(section, 'mode') === 'offline' ? 'offline' : 'live';
  const rel = [...section.files.values()].find((f) => f.state === 'file');
  const os = rel ? parseOsRelease(rel.content) : {};
  const uid = Number(attr(section, 'uid'));
  const facts: OsFacts = { mode, root };
  const set = <K extends keyof OsFacts>(k: K, v: OsFacts[K] | undefined | ''): void => {
    if (v !== undefined && v !== '') facts[k] = v as OsFacts[K];
  };
  set('hostname', attr(section, 'hostname'));
  set('kernel', attr(section, 'kernel'));
  set('distro', os.ID);
  set('version', os.VERSION_ID);
  set('prettyName', os.PRETTY_NAME);
  if (Number.isInteger(uid) && attr(section, 'uid') !== '') facts.uid = uid;
  if (!rel && mode === 'offline') return { ok: false, reason: `no /etc/os-release under ${root}: is it a Linux root filesystem?` };
  return ok(facts);
}

// --- storage -------------------------------------------------------------------------------

const isCrypt = (d: { type: string; fstype?: string | null }): boolean => d.type === 'crypt' || d.fstype === 'crypto_LUKS';

/** Path from a top-level device down to the one mounted on "/" (lsblk -J tree). */
export function rootChain(devices: readonly BlockDevice[]): BlockDevice[] | undefined {
  for (const d of devices) {
    const mounts = (d.mountpoints ?? []).filter((m): m is string => typeof m === 'string');
    if (mounts.includes('/')) return [d];
    const below = rootChain(d.children ?? []);
    if (below) return [d, ...below];
  }
  return undefined;
}

/** lsblk -J output (MOUNTPOINTS array, or the older single MOUNTPOINT). */
export function parseLsblk(json: string): BlockDevice[] {
  const doc = JSON.parse(json) as { blockdevices?: unknown };
  if (!Array.isArray(doc.blockdevices)) throw new Error('lsblk JSON has no blockdevices array');
  const conv = (raw: unknown): BlockDevice => {
    const r = (raw ?? {}) as Record<string, unknown>;
    const mps = Array.isArray(r.mountpoints) ? r.mountpoints : [r.mountpoint];
    const dev: BlockDevice = {
      name: String(r.name ?? ''),
      type: String(r.type ?? ''),
      fstype: typeof r.fstype === 'string' ? r.fstype : null,
      mountpoints: mps.filter((m): m is string => typeof m === 'string'),
    };
    if (Array.isArray(r.children)) dev.children = r.children.map(conv);
    return dev;
  };
  return doc.blockdevices.map(conv);
}

const CONTAINER_FS = new Set(['overlay', 'aufs', 'tmpfs', 'rootfs', 'fuse.fuse-overlayfs', '9p', 'virtiofs', 'nfs', 'nfs4']);

/** A root on one of these filesystems has no block device of its own to encrypt: not applicable, with why. */
export const containerRoot = (fstype: string): Outcome<never> | undefined =>
  CONTAINER_FS.has(fstype) ? notApplicableFact(`/ is ${fstype} (a container or network root): disk encryption is a property of the host`) : undefined;

/** lsblk's answer in a section: the block devices, or why they cannot be listed. */
export function lsblkDevices(section: Section): Outcome<BlockDevice[]> {
  const lsblk = section.commands.get('lsblk');
  if (!lsblk) return { ok: false, reason: 'lsblk is not installed: block devices cannot be listed' };
  if (lsblk.rc !== 0) return { ok: false, reason: commandReason('lsblk', lsblk) };
  try {
    return ok(parseLsblk(lsblk.output));
  } catch (err) {
    return { ok: false, reason: `lsblk output not understood: ${(err as Error).message}` };
  }
}

/** Root device from /etc/fstab and LUKS names from /etc/crypttab (offline). */
export function storageFromFiles(fstab: string, crypttab: string): Outcome<StorageFacts> {
  const rootLine = fstab.split('\n').map((l) => l.trim().split(/\s+/)).find((f) => !(f[0] ?? '#').startsWith('#') && f[1] === '/');
  if (!rootLine) return { ok: false, reason: 'no "/" entry in /etc/fstab: the root device is unknown' };
  const spec = rootLine[0] ?? '';
  const crypt = crypttab.split('\n').map((l) => l.trim().split(/\s+/)).filter((f) => f[0] && !(f[0] ?? '').startsWith('#')).map((f) => f[0] ?? '');
  const mapper = /^\/dev\/mapper\/(.+)$/.exec(spec)?.[1];
  const chain = [{ name: spec, type: mapper ? 'dm' : 'part', fstype: rootLine[2] ?? null }];
  if (mapper && crypt.includes(mapper)) return ok({ source: 'fstab+crypttab', rootChain: [{ name: mapper, type: 'crypt', fstype: rootLine[2] ?? null }], rootEncrypted: true, detail: `/ is ${spec}, a LUKS mapping from /etc/crypttab` });
  if (mapper && crypt.length > 0) return ok({ source: 'fstab+crypttab', rootChain: chain, rootEncrypted: true, detail: `/ is ${spec} (device-mapper) and /etc/crypttab opens ${crypt.join(', ')}: LVM on LUKS` });
  return ok({ source: 'fstab+crypttab', rootChain: chain, rootEncrypted: false, detail: crypt.length > 0 ? `/ is ${spec}, not one of the crypttab mappings (${crypt.join(', ')})` : `/ is ${spec} and /etc/crypttab lists no encrypted volume` });
}

export function parseStorageSection(section: Section, mode: ObserveMode): Outcome<StorageFacts> {
  if (mode === 'offline') {
    const fstab = section.files.get('/etc/fstab');
    if (fstab?.state !== 'file') return { ok: false, reason: '/etc/fstab not found in the audited root' };
    const crypttab = section.files.get('/etc/crypttab');
    return storageFromFiles(fstab.content, crypttab?.state === 'file' ? crypttab.content : '');
  }
  const [fstype = '', source = ''] = (attr(section, 'rootmount') ?? '').split(' ');
  const devices = lsblkDevices(section);
  if (!devices.ok) return (!section.commands.has('lsblk') && containerRoot(fstype)) || devices;
  const chain = rootChain(devices.value);
  if (!chain) {
    const container = containerRoot(fstype);
    if (container) return container;
    return { ok: false, reason: `the device holding / (${source || fstype || 'unknown'}) is not in lsblk's output` };
  }
  const encrypted = chain.some(isCrypt);
  const names = chain.map((d) => `${d.name}(${d.type}${d.fstype ? `,${d.fstype}` : ''})`).join(' > ');
  return ok({
    source: 'lsblk',
    rootChain: chain.map((d) => ({ name: d.name, type: d.type, fstype: d.fstype ?? null })),
    rootEncrypted: encrypted,
    detail: `${names}${encrypted ? '' : ': no crypt layer'}`,
  });
}

// --- mandatory access control ----------------------------------------------------------------

export function parseSelinuxConfig(text: string): string | undefined {
  return /^\s*SELINUX\s*=\s*(\w+)/m.exec(text)?.[1]?.toLowerCase();
}

export function parseMacSection(section: Section, services: { enabled: string[]; installed: string[] }, mode: ObserveMode): Outcome<MacFacts> {
  const text = (p: string): string | undefined => {
    const f = section.files.get(p);
    return f?.state === 'file' ? f.content : undefined;
  };
  const configMode = parseSelinuxConfig(text('/etc/selinux/config') ?? '');
  const cfgMode = configMode === 'enforcing' || configMode === 'permissive' ? configMode : 'disabled';
  if (mode === 'live') {
    const cmdline = text('/proc/cmdline') ?? '';
    const aaParam = text('/sys/module/apparmor/parameters/enabled');
    const aaEnabled = aaParam !== undefined && aaParam.trim().startsWith('Y') && !/\bapparmor=0\b/.test(cmdline);
    const profFile = section.files.get('/sys/kernel/security/apparmor/profiles');
    let profiles: MacFacts['apparmor']['profiles'] = null;
    if (profFile?.state === 'file') {
      const lines = profFile.content.split('\n');
      profiles = { enforce: lines.filter((l) => /\(enforce\)\s*$/.test(l)).length, complain: lines.filter((l) => /\(complain\)\s*$/.test(l)).length };
    }
    const enforce = text('/sys/fs/selinux/enforce');
    const seMode = enforce === undefined ? 'disabled' : enforce.trim() === '1' ? 'enforcing' : 'permissive';
    const detail = `AppArmor ${aaEnabled ? 'enabled' : 'not enabled'}${profiles ? ` (${profiles.enforce} enforcing, ${profiles.complain} complain)` : profFile?.state === 'denied' ? ' (profiles unreadable: not root)' : ''}; SELinux ${seMode}`;
    return ok({ apparmor: { enabled: aaEnabled, profiles }, selinux: { mode: seMode, ...(configMode ? { configMode } : {}) }, source: 'kernel', detail });
  }
  const grub = text('/etc/default/grub') ?? '';
  const aaEnabled = services.installed.includes('apparmor_parser') && services.enabled.includes('apparmor.service') && !/\bapparmor=0\b/.test(grub);
  const seMode = /\bselinux=0\b/.test(grub) ? 'disabled' : cfgMode;
  return ok({
    apparmor: { enabled: aaEnabled, profiles: null },
    selinux: { mode: seMode, ...(configMode ? { configMode } : {}) },
    source: 'config',
    detail: `AppArmor ${aaEnabled ? 'installed and enabled at boot' : 'not enabled at boot'}; SELinux ${seMode} in /etc/selinux/config`,
  });
}

// --- core dumps --------------------------------------------------------------------------------

/** The `hard` (or `-`) core limit for `*` across limits.conf and limits.d (last one wins). */
export function hardCoreLimit(texts: readonly string[]): string | null {
  let limit: string | null = null;
  for (const text of texts) {
    for (const line of text.split('\n')) {
      const f = line.replace(/#.*$/, '').trim().split(/\s+/);
      if (f.length >= 4 && f[0] === '*' && (f[1] === 'hard' || f[1] === '-') && f[2] === 'core') limit = f[3] ?? null;
    }
  }
  return limit;
}

/** systemd coredump.conf [Coredump] keys; drop-ins override the main file. */
export function coredumpConf(texts: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const text of texts) {
    let inSection = false;
    for (const line of text.split('\n')) {
      const t = line.trim();
      if (/^\[.*\]$/.test(t)) inSection = t === '[Coredump]';
      const kv = /^(\w+)\s*=\s*(.*)$/.exec(t);
      if (inSection && kv) out[kv[1] ?? ''] = (kv[2] ?? '').trim();
    }
  }
  return out;
}

export function parseCoredumpSection(section: Section, sysctl: Outcome<SysctlFacts>, installed: readonly string[]): Outcome<CoredumpFacts> {
  const limits = filesMatching(section, (p) => p === '/etc/security/limits.conf' || p.startsWith('/etc/security/limits.d/'));
  const denied = [...section.files.entries()].filter(([, f]) => f.state === 'denied').map(([p]) => p);
  if (denied.length > 0) return { ok: false, reason: `cannot read ${denied.join(', ')}: permission denied` };
  const systemd = coredumpConf(filesMatching(section, (p) => p.startsWith('/etc/systemd/coredump.conf')).map((f) => f.content));
  return ok({
    hardCoreLimit: hardCoreLimit(limits.map((f) => f.content)),
    fsSuidDumpable: sysctl.ok ? (sysctl.value.values['fs.suid_dumpable'] ?? null) : null,
    systemdStorage: systemd.Storage ?? null,
    systemdProcessSizeMax: systemd.ProcessSizeMax ?? null,
    systemdCoredump: installed.includes('systemd-coredump'),
  });
}

// --- Secure Boot -------------------------------------------------------------------------------

export function parseSecureBootSection(section: Section): Outcome<SecureBootFacts> {
  if (attr(section, 'observable') === 'no') return notApplicableFact('Secure Boot is a firmware state: not observable from a mounted root filesystem');
  if (attr(section, 'efi') === 'no') return notApplicableFact('the system did not boot through UEFI (no /sys/firmware/efi): Secure Boot is not observable');
  const mok = section.commands.get('mokutil');
  if (mok && mok.rc === 0 && /SecureBoot (enabled|disabled)/i.test(mok.output)) {
    return ok({ enabled: /SecureBoot enabled/i.test(mok.output), source: 'mokutil' });
  }
  const efivar = attr(section, 'efivar');
  if (efivar !== undefined) {
    const bytes = efivar.trim().split(/\s+/).map(Number);
    // 4 attribute bytes, then the one-byte value
    if (bytes.length >= 5 && bytes.every((b) => Number.isInteger(b))) return ok({ enabled: bytes[4] === 1, source: 'efivars' });
  }
  return { ok: false, reason: mok ? commandReason('mokutil --sb-state', mok) : 'the SecureBoot EFI variable is not readable and mokutil is not installed' };
}
