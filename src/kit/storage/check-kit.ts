// Pure helpers the storage checks share: Samba effective values, SMB dialect order, Ceph
// effective options, NFS export descriptions. No I/O.
import type { CephFacts, NfsExport, SmbFacts, SmbShare } from './facts.js';
import './facts.js';

// ---- Samba ------------------------------------------------------------------------------------------

/** A share's effective value: its own, else [global]'s (testparm -v prints share defaults under [global]). */
export const shareValue = (smb: SmbFacts, share: SmbShare, name: string): string | undefined => share.params[name] ?? smb.global[name];

export const isYes = (v: string | undefined): boolean => v !== undefined && /^(yes|true|1|on)$/i.test(v.trim());

/** Shares a client can reach (not `available = no`). */
export const liveShares = (smb: SmbFacts): SmbShare[] => smb.shares.filter((s) => !/^(no|false|0|off)$/i.test(s.params.available ?? 'yes'));

/** SMB dialects in order (smb.conf(5) "server max protocol"); SMB2_02 is the first without SMB1. */
export const SMB_DIALECTS = ['CORE', 'COREPLUS', 'LANMAN1', 'LANMAN2', 'NT1', 'SMB2_02', 'SMB2_10', 'SMB2_22', 'SMB2_24', 'SMB3_00', 'SMB3_02', 'SMB3_10', 'SMB3_11'] as const;

/** Rank of a dialect name (SMB2 = SMB2_10, SMB3 = SMB3_11 as in smb.conf(5)); -1 when unknown. */
export function dialectRank(value: string): number {
  const v = value.trim().toUpperCase();
  const alias: Record<string, string> = { SMB2: 'SMB2_10', SMB3: 'SMB3_11', LANMAN: 'LANMAN2', NT: 'NT1', DEFAULT: 'SMB2_02' };
  return (SMB_DIALECTS as readonly string[]).indexOf(alias[v] ?? v);
}

/** "mandatory" in smb.conf spelling: required, mandatory, force (server signing, smb encrypt). */
export const isRequired = (v: string | undefined): boolean => v !== undefined && /^(required|mandatory|force)$/i.test(v.trim());

/** How the value was learned, for messages: the target's testparm, the file, or an assumed default. */
export const smbOrigin = (smb: SmbFacts, key: string): string =>
  smb.source === 'testparm' ? 'testparm' : smb.defaulted.includes(key) ? 'not set; Samba 4.11+ default' : 'smb.conf';

// ---- NFS ------------------------------------------------------------------------------------------

export const exportName = (e: NfsExport): string => `${e.path} ${e.client}${e.options.length ? `(${e.options.join(',')})` : ''}`;
export const exportLocation = (e: NfsExport): { file: string; line: number } => ({ file: e.file, line: e.line });

// ---- Ceph -----------------------------------------------------------------------------------------

/** Ceph's defaults of the options the checks read (Ceph Reef/Squid documentation). */
export const CEPH_DEFAULTS: Readonly<Record<string, string>> = {
  auth_cluster_required: 'cephx',
  auth_service_required: 'cephx',
  auth_client_required: 'cephx',
  ms_cluster_mode: 'crc secure',
  ms_service_mode: 'crc secure',
  ms_client_mode: 'crc secure',
};

/**
 * Every place an option is decided: each setting of it in any section of any file, or the
 * default when it is set nowhere ([global] or a daemon/client section may set it).
 */
export function cephValues(ceph: CephFacts, key: string): { where: string; value: string; defaulted: boolean }[] {
  const set = ceph.settings.filter((s) => s.key === key).map((s) => ({ where: `${s.file} [${s.section}]`, value: s.value, defaulted: false }));
  if (!ceph.settings.some((s) => s.key === key && s.section === 'global')) set.push({ where: 'Ceph default', value: CEPH_DEFAULTS[key] ?? '', defaulted: true });
  return set;
}
