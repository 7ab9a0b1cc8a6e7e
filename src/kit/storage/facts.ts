// Host storage facts: NFS exports and network mounts, Samba, iSCSI (open-iscsi initiator and LIO
// targets), LUKS on data volumes, Ceph. Read from configuration files, so they hold under --root,
// locally and over SSH. Secrets met in these files (CHAP passwords, Ceph keys, CIFS mount
// passwords) are reduced to "set" / "empty" by the collection script itself: a fact never holds one.

/** A secret as the collector reports it: whether it is there, never what it is. */
export type SecretState = 'set' | 'empty';

// ---- NFS ----------------------------------------------------------------------------------------

/** One client of one export line of /etc/exports or /etc/exports.d/*.exports (exports(5)). */
export interface NfsExport {
  path: string;
  /** host, wildcard, network (a.b.c.d/nn), @netgroup, or "*" (also for a bare "(opts)" or a path without client) */
  client: string;
  /** the options as written, the line's "-defaults" first */
  options: string[];
  /** effective after exports(5) defaults (ro, root_squash, secure, sec=sys), the last option winning */
  readWrite: boolean;
  squash: 'root_squash' | 'no_root_squash' | 'all_squash';
  insecure: boolean;
  /** security flavours offered, in order ("sys" when no sec= is given) */
  sec: string[];
  /** the client matches any host ("*", 0.0.0.0/0, ::/0, or a bare "(opts)") */
  anyHost: boolean;
  /** the client is a network, a wildcard name or a netgroup rather than one host */
  network: boolean;
  file: string;
  line: number;
}

export interface NfsFacts {
  /** export files read, in the order exportfs reads them */
  files: string[];
  exports: NfsExport[];
  /** lines that could not be understood (file:line: text) */
  problems: string[];
}

/** A network file system mount (nfs, nfs4, cifs, smb3, ceph, glusterfs) from fstab or, live, the mount table. */
export interface NetMount {
  spec: string;
  mountpoint: string;
  fstype: string;
  /** options; a password= value is reported as password=set / password=empty */
  options: string[];
  origin: 'fstab' | 'mounted';
}

export interface MountsFacts {
  source: 'fstab' | 'fstab+mounts';
  mounts: NetMount[];
}

// ---- Samba ----------------------------------------------------------------------------------------

export interface SmbShare {
  name: string;
  /** the share's own parameters (canonical lower-case names as testparm prints them) */
  params: Record<string, string>;
}

export interface SmbFacts {
  /** 'testparm': `testparm -s -v` of the target's Samba; 'parser': our reading of smb.conf and its includes */
  source: 'testparm' | 'parser';
  file: string;
  /** files read (the main file and every include), for the parser; the main file for testparm */
  files: string[];
  /** effective [global] parameters; with the parser, the Samba >= 4.11 defaults of the keys the checks read are filled in */
  global: Record<string, string>;
  /** every share but [global]; a share parameter not set falls back to [global] */
  shares: SmbShare[];
  /** keys of `global` that hold an assumed default, not a value read from the target */
  defaulted: string[];
  problems: string[];
}

// ---- iSCSI ------------------------------------------------------------------------------------------

export interface IscsiInitiator {
  file: string;
  /** node.session.auth.* and discovery.sendtargets.auth.*: authmethod as written, credentials as set/empty */
  settings: Record<string, string>;
}

export interface LioAcl {
  /** the initiator IQN the ACL admits */
  node: string;
  chapUser: SecretState;
  chapPassword: SecretState;
  mutualChapPassword: SecretState;
}

export interface LioTpg {
  /** target IQN */
  target: string;
  tag: number;
  enabled: boolean;
  /** TPG attribute `authentication` (1: CHAP required); null when not in the file */
  authentication: boolean | null;
  /** TPG attribute `generate_node_acls` (1: demo mode, any initiator may log in) */
  demoMode: boolean;
  /** TPG attribute `demo_mode_write_protect` (0: demo-mode initiators may write) */
  demoWriteProtect: boolean;
  /** TPG-level CHAP (used in demo mode) */
  chapPassword: SecretState;
  acls: LioAcl[];
  portals: string[];
  luns: number;
}

export interface IscsiFacts {
  /** null when /etc/iscsi/iscsid.conf does not exist (no open-iscsi) */
  initiator: IscsiInitiator | null;
  /** iSCSI target portal groups of /etc/target/saveconfig.json; null when it does not exist (no LIO config) */
  targets: LioTpg[] | null;
  problems: string[];
}

// ---- LUKS ------------------------------------------------------------------------------------------

export interface DataVolume {
  mountpoint: string;
  device: string;
  fstype: string;
  /** true: on a dm-crypt/LUKS layer; false: not; null: cannot be told from the files (offline) */
  encrypted: boolean | null;
  /** how it was told: the lsblk chain, or the crypttab mapping */
  detail: string;
}

export interface CrypttabEntry {
  name: string;
  device: string;
  /** "none" / "-" (asked at boot), a key file path, or a key-server URL */
  keyfile: string;
  options: string[];
}

export interface LuksFacts {
  source: 'lsblk' | 'fstab+crypttab';
  /** local filesystems other than /, /boot, /boot/efi, /efi and swap (which have their own checks) */
  volumes: DataVolume[];
  crypttab: CrypttabEntry[];
}

// ---- Ceph ------------------------------------------------------------------------------------------

export interface CephSetting {
  file: string;
  /** [global], [mon], [osd], [client], [client.admin]... */
  section: string;
  /** canonical option name: lower case, underscores ("auth_cluster_required") */
  key: string;
  /** key/secret/password options are reported as "set" / "empty" */
  value: string;
}

export interface CephFacts {
  files: string[];
  settings: CephSetting[];
}

declare module '../../engine/facts.js' {
  interface FactTypes {
    'storage.nfs': NfsFacts;
    'storage.mounts': MountsFacts;
    'storage.smb': SmbFacts;
    'storage.iscsi': IscsiFacts;
    'storage.luks': LuksFacts;
    'storage.ceph': CephFacts;
  }
}
