// LUKS on data volumes: every local filesystem besides /, /boot, the EFI partition and swap (the
// linux.storage checks cover root and swap). Live: lsblk's device tree (a crypt layer above the
// mounted device); offline: fstab devices against the mappings /etc/crypttab opens.
import { ok, type Outcome } from '../../engine/types.js';
import type { BlockDevice, ObserveMode } from '../../kit/linux/facts.js';
import type { CrypttabEntry, DataVolume, LuksFacts } from '../../kit/storage/facts.js';
import { containerRoot, lsblkDevices } from '../linux/parse-host.js';
import { attr, type Section } from '../shell/sections.js';

/** Mount points other checks own, or that must stay plain for the boot loader. */
export const NOT_DATA = /^(\/|\/boot|\/boot\/efi|\/efi|\/snap\/.*|\[SWAP\])$/;
const LOCAL_FS = new Set(['ext2', 'ext3', 'ext4', 'xfs', 'btrfs', 'f2fs', 'jfs', 'reiserfs', 'zfs', 'bcachefs', 'ntfs', 'ntfs3', 'exfat', 'vfat']);

export function parseCrypttab(text: string): CrypttabEntry[] {
  const out: CrypttabEntry[] = [];
  for (const raw of text.split('\n')) {
    const l = raw.trim();
    if (l === '' || l.startsWith('#')) continue;
    const [name = '', device = '', keyfile = 'none', opts = ''] = l.split(/\s+/);
    out.push({ name, device, keyfile, options: opts.split(',').filter(Boolean) });
  }
  return out;
}

/** Offline: a data volume's device against the crypttab mappings. */
export function volumesFromFstab(fstab: string, crypttab: readonly CrypttabEntry[]): DataVolume[] {
  const names = new Set(crypttab.map((c) => c.name));
  const out: DataVolume[] = [];
  const rows = fstab.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#')).map((l) => l.split(/\s+/));
  // another mount of the root or boot filesystem (a btrfs subvolume) is that filesystem: its own check covers it
  const systemDevices = new Set(rows.filter((f) => NOT_DATA.test(f[1] ?? '')).map((f) => f[0] ?? ''));
  for (const [device = '', mountpoint = '', fstype = ''] of rows) {
    if (!LOCAL_FS.has(fstype) || NOT_DATA.test(mountpoint) || fstype === 'swap' || systemDevices.has(device)) continue;
    const mapper = /^\/dev\/mapper\/(.+)$/.exec(device)?.[1] ?? /^\/dev\/disk\/by-id\/dm-name-(.+)$/.exec(device)?.[1];
    let encrypted: boolean | null;
    let detail: string;
    if (mapper && names.has(mapper)) {
      encrypted = true;
      detail = `${device} is the LUKS mapping ${mapper} of /etc/crypttab`;
    } else if (names.size === 0) {
      encrypted = false;
      detail = `${device}, and /etc/crypttab opens no encrypted volume`;
    } else if (mapper || /^(UUID|LABEL|PARTUUID|PARTLABEL)=/.test(device) || /^\/dev\/disk\/by-(uuid|label)\//.test(device)) {
      encrypted = null;
      detail = `${device} is not a crypttab mapping by name (crypttab opens ${[...names].join(', ')}): whether it sits on one cannot be told from the files`;
    } else {
      encrypted = false;
      detail = `${device} is a plain block device, not one of the crypttab mappings (${[...names].join(', ')})`;
    }
    out.push({ mountpoint, device, fstype, encrypted, detail });
  }
  return out;
}

/** Live: every mounted filesystem of lsblk's tree with the chain of devices above it. */
export function volumesFromLsblk(devices: readonly BlockDevice[]): DataVolume[] {
  const out: DataVolume[] = [];
  const walk = (d: BlockDevice, chain: BlockDevice[]): void => {
    const here = [...chain, d];
    const mounts = (d.mountpoints ?? []).filter((m): m is string => typeof m === 'string');
    // bind mounts and subvolumes of the root or boot filesystem are that filesystem: its own check covers it
    if (mounts.some((m) => NOT_DATA.test(m) && !m.startsWith('/snap/'))) {
      for (const c of d.children ?? []) walk(c, here);
      return;
    }
    for (const mp of mounts) {
      if (NOT_DATA.test(mp) || d.type === 'rom' || d.type === 'loop' || d.fstype === 'squashfs' || d.fstype === 'iso9660' || d.fstype === 'swap') continue;
      const crypt = here.find((x) => x.type === 'crypt' || x.fstype === 'crypto_LUKS');
      const path = here.map((x) => `${x.name}(${x.type}${x.fstype ? `,${x.fstype}` : ''})`).join(' > ');
      out.push({ mountpoint: mp, device: d.name, fstype: d.fstype ?? '', encrypted: crypt !== undefined, detail: crypt ? `${path}` : `${path}: no crypt layer` });
    }
    for (const c of d.children ?? []) walk(c, here);
  };
  for (const d of devices) walk(d, []);
  return out;
}

export function parseLuksSection(section: Section, mode: ObserveMode): Outcome<LuksFacts> {
  const ct = section.files.get('/etc/crypttab');
  if (ct?.state === 'denied') return { ok: false, reason: 'cannot read /etc/crypttab' };
  const crypttab = ct?.state === 'file' ? parseCrypttab(ct.content) : [];
  if (mode === 'offline') {
    const fstab = section.files.get('/etc/fstab');
    if (fstab?.state !== 'file') return { ok: false, reason: '/etc/fstab not found in the audited root' };
    return ok({ source: 'fstab+crypttab', volumes: volumesFromFstab(fstab.content, crypttab), crypttab });
  }
  const [fstype = ''] = (attr(section, 'rootmount') ?? '').split(' ');
  const container = containerRoot(fstype);
  if (container) return container;
  const devices = lsblkDevices(section);
  if (!devices.ok) return devices;
  return ok({ source: 'lsblk', volumes: volumesFromLsblk(devices.value), crypttab });
}
