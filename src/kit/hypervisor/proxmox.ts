// Proxmox VE facts, read over its HTTPS API (/api2/json) with an API token, GET requests only.
// One fact per API area, so a path the token may not read (403) makes only the checks that need
// it `error`. Secrets are never kept: token secrets are never returned by the API, PBS passwords
// and encryption keys stay in /etc/pve/priv, and only "encrypted or not" reaches the facts.

/** GET /version */
export interface ProxmoxVersionFacts {
  version: string;
  release?: string;
  repoid?: string;
}

/** One realm of GET /access/domains */
export interface ProxmoxRealm {
  realm: string;
  /** pam, pve, ldap, ad, openid */
  type: string;
  /** the realm enforces a second factor for every user of it (oath or yubico) */
  tfa?: string;
  default?: boolean;
}

export interface ProxmoxToken {
  /** the token's own name (USER@REALM!TOKENID is its full id) */
  tokenid: string;
  /** seconds since the epoch; 0 or absent: never expires */
  expire: number;
  /** privilege separation: false gives the token every privilege of its user */
  privsep: boolean;
}

/** One user of GET /access/users?full=1 */
export interface ProxmoxUser {
  userid: string;
  enable: boolean;
  /** account expiry, seconds since the epoch; 0: never */
  expire: number;
  realmType?: string;
  tokens: ProxmoxToken[];
}

/** GET /access/tfa: the second factors each user has (their secrets are never returned) */
export interface ProxmoxTfaUser {
  userid: string;
  /** totp, u2f, webauthn, recovery, yubico; only enabled entries */
  types: string[];
}

/** GET /cluster/firewall/options (datacenter level; unset options are left out by the API) */
export interface ProxmoxClusterFirewall {
  /** the datacenter firewall is on (default off) */
  enable: boolean;
  /** default input policy (default DROP) */
  policyIn: string;
  policyOut: string;
}

export interface ProxmoxNodeFirewall {
  node: string;
  /** the node's firewall (default on when the datacenter firewall is on) */
  enable: boolean;
  /** log level of dropped input (default nolog) */
  logLevelIn: string;
}

/** A per-node fact: what each reachable node answered, and the nodes that could not be read. */
export interface PerNode<T> {
  nodes: T[];
  unreadable: { node: string; reason: string }[];
}

export interface ProxmoxPendingPackage {
  package: string;
  version: string;
  oldVersion?: string;
  /** Debian, Proxmox, ... (the origin of the candidate version) */
  origin: string;
}

export interface ProxmoxNodeUpdates {
  node: string;
  packages: ProxmoxPendingPackage[];
}

/** One job of GET /cluster/backup */
export interface ProxmoxBackupJob {
  id: string;
  enabled: boolean;
  /** the storage it writes to ('local' when the job names none, as vzdump does) */
  storage: string;
  /** every guest (all = 1), less `exclude` */
  all: boolean;
  vmids: number[];
  exclude: number[];
  /** selects the guests of a resource pool */
  pool?: string;
  schedule?: string;
}

/** One storage of GET /storage */
export interface ProxmoxStorage {
  storage: string;
  /** dir, nfs, cifs, pbs, rbd, zfspool, lvmthin... */
  type: string;
  /** content types: backup, images, rootdir, iso... */
  content: string[];
  /** PBS: an encryption key is set (the API holds only its fingerprint; the key stays in /etc/pve/priv) */
  encrypted: boolean;
  /** PBS: the server certificate fingerprint is pinned */
  fingerprint: boolean;
  disabled: boolean;
}

export interface ProxmoxVm {
  vmid: number;
  name: string;
  node: string;
  status: string;
  template: boolean;
  /** hostpciN values: host PCI devices passed through */
  hostpci: string[];
  /** usbN values that pass a host device (host=...) rather than a SPICE redirect */
  usbHost: string[];
  /** display: std, qxl (SPICE), virtio, none, serial0... */
  vga?: string;
  /** raw QEMU arguments (args:), outside what the API validates */
  args?: string;
  /** the QEMU guest agent is enabled in the guest's configuration */
  agent: boolean;
}

export interface ProxmoxVmsFacts {
  vms: ProxmoxVm[];
  /** guests (or whole nodes) whose configuration could not be read, with the reason */
  unreadable: { name: string; reason: string }[];
  /** 'NODE/VMID name' of the guests with the guest agent enabled, sorted: for site rules in YAML */
  guestAgents: string[];
}

/** GET /cluster/options (datacenter.cfg) */
export interface ProxmoxClusterOptions {
  /** migration type: secure (over SSH, the default) or insecure (plain TCP) */
  migrationType: string;
  migrationNetwork?: string;
  /** a WebAuthn relying party is configured (needed for WebAuthn second factors) */
  webauthn: boolean;
}

declare module '../../engine/facts.js' {
  interface FactTypes {
    'proxmox.version': ProxmoxVersionFacts;
    'proxmox.realms': ProxmoxRealm[];
    'proxmox.users': ProxmoxUser[];
    'proxmox.tfa': ProxmoxTfaUser[];
    'proxmox.cluster-firewall': ProxmoxClusterFirewall;
    'proxmox.node-firewall': PerNode<ProxmoxNodeFirewall>;
    'proxmox.updates': PerNode<ProxmoxNodeUpdates>;
    'proxmox.backup-jobs': ProxmoxBackupJob[];
    'proxmox.storage': ProxmoxStorage[];
    'proxmox.vms': ProxmoxVmsFacts;
    'proxmox.cluster-options': ProxmoxClusterOptions;
  }
}
