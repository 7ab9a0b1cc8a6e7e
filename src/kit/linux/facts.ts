// Linux host facts. One fact per family, so a section that could not be read (not root, tool
// missing) turns only the checks of that family into `error`, with the reason.
//
// `mode` says how a fact was observed: 'live' reads the running system (/proc, sshd -T,
// nft, systemctl); 'offline' reads only persisted configuration under a mounted root (--root).

export type ObserveMode = 'live' | 'offline';

export interface OsFacts {
  mode: ObserveMode;
  /** the audited root ("/" for this machine) */
  root: string;
  hostname?: string;
  kernel?: string;
  /** os-release ID, e.g. "debian" */
  distro?: string;
  version?: string;
  prettyName?: string;
  /** uid the collector ran as (live mode); some sections need 0 */
  uid?: number;
}

export interface SshdFacts {
  installed: boolean;
  /** where `effective` came from: the daemon itself, or our reading of the files */
  source: 'sshd -T' | 'config';
  /** lowercase keyword -> value as sshd -T prints it (multi-valued keywords joined with a space) */
  effective: Record<string, string>;
  /** config files read, in the order sshd reads them */
  files: string[];
  /** number of Match blocks (their settings only apply to some connections; not folded in) */
  matchBlocks: number;
  /** why sshd -T was not used, unresolvable includes... */
  notes: string[];
}

export interface SysctlFacts {
  source: 'runtime' | 'persisted';
  /** key (dotted) -> value, whitespace normalised */
  values: Record<string, string>;
  /** key -> where the value came from: "/proc/sys", a file path, or "kernel default" */
  origins: Record<string, string>;
}

export type PasswordState = 'set' | 'locked' | 'empty' | 'none';

export interface Account {
  name: string;
  uid: number;
  gid: number;
  home: string;
  shell: string;
  /** from shadow when readable; hashes are never collected, only their state */
  password?: PasswordState;
  lastChange?: number;
  minDays?: number;
  maxDays?: number;
  warnDays?: number;
  inactiveDays?: number;
}

export interface AccountsFacts {
  accounts: Account[];
  /** false when /etc/shadow could not be read: password states are then unknown */
  shadowReadable: boolean;
  shadowReason?: string;
  /** login.defs keys (upper case) -> value */
  loginDefs: Record<string, string>;
  /** UID_MIN from login.defs, 1000 when unset */
  uidMin: number;
}

export interface FileStat {
  path: string;
  /** octal permission bits as a number, e.g. 0o640 */
  mode: number;
  uid: number;
  gid: number;
  owner: string;
  group: string;
}

export interface FilesFacts {
  /** absolute path (inside the audited root) -> stat; absent files are left out */
  stats: Record<string, FileStat>;
  /** directories searched for commands (PATH of the collector and login.defs ENV_PATH/ENV_SUPATH) */
  pathDirs: { path: string; mode?: number; uid?: number; missing?: boolean }[];
}

export type ChainPolicy = 'accept' | 'drop' | 'reject' | 'unknown';

export interface FirewallFacts {
  /** where the policy was read from */
  source: 'nft list ruleset' | 'iptables -S' | 'config files';
  backend: 'nftables' | 'iptables' | 'ufw' | 'none';
  /** effective default policy of the input / forward hooks (a drop anywhere drops) */
  input: ChainPolicy | 'none';
  forward: ChainPolicy | 'none';
  ruleCount: number;
  /** files read (offline) */
  files: string[];
}

export interface AuditFacts {
  installed: boolean;
  enabled: boolean;
  /** null when it cannot be observed (offline, no systemd) */
  running: boolean | null;
  rules: string[];
  rulesSource: 'auditctl -l' | 'rules files';
  /** the kernel's audit "enabled" flag (2 = rules locked until reboot); from auditctl -s, or the last -e rule in the files */
  enabledFlag: number | null;
}

export interface ServicesFacts {
  /** unit names enabled through /etc/systemd/system/*.wants symlinks */
  enabled: string[];
  /** running service units; null when not observable (offline, no systemd) */
  running: string[] | null;
  runningReason?: string;
  /** executables found in the audited root's sbin/bin folders, for "is it installed" */
  installed: string[];
}

export interface TimesyncFacts {
  /** daemons installed: chronyd, ntpd, systemd-timesyncd, openntpd */
  installed: string[];
  enabled: string[];
  running: string[] | null;
  /** timedatectl NTPSynchronized when observable */
  synchronized: boolean | null;
}

export interface UpdatesFacts {
  manager: 'apt' | 'dnf' | 'yum' | 'zypper' | 'unknown';
  /** unattended-upgrades / dnf-automatic installed */
  toolInstalled: boolean;
  /** APT::Periodic::* or dnf automatic.conf keys */
  settings: Record<string, string>;
  /** the timer/service that runs it is enabled */
  timerEnabled: boolean;
  automatic: boolean;
  detail: string;
}

export interface BlockDevice {
  name: string;
  type: string;
  fstype?: string | null;
  mountpoints: string[];
  children?: BlockDevice[];
}

export interface StorageFacts {
  source: 'lsblk' | 'fstab+crypttab';
  /** the device chain holding / (from the disk down to the mounted device) */
  rootChain: { name: string; type: string; fstype?: string | null }[];
  rootEncrypted: boolean;
  detail: string;
}

export interface MacFacts {
  apparmor: {
    enabled: boolean;
    /** profile counts by mode; null when they cannot be read (not root, offline) */
    profiles: { enforce: number; complain: number } | null;
  };
  selinux: { mode: 'enforcing' | 'permissive' | 'disabled'; configMode?: string };
  source: 'kernel' | 'config';
  detail: string;
}

export interface CoredumpFacts {
  /** `hard core` limit for `*` from limits.conf / limits.d ("0", "unlimited"...); null when not set */
  hardCoreLimit: string | null;
  fsSuidDumpable: string | null;
  /** systemd coredump.conf Storage= and ProcessSizeMax=, null when not set */
  systemdStorage: string | null;
  systemdProcessSizeMax: string | null;
  /** systemd-coredump is installed */
  systemdCoredump: boolean;
}

export interface SecureBootFacts {
  enabled: boolean;
  source: 'mokutil' | 'efivars';
}

/** A Kubernetes node file or folder (CIS Kubernetes 1.1.x, 4.1.x): mode and owner, never content. */
export interface K8sNodeFile {
  /** path inside the audited root */
  path: string;
  /** permission bits, e.g. 0o600 */
  mode: number;
  uid: number;
  gid: number;
  /** owner and group names (offline: from the image's passwd/group; a number when it has none) */
  owner: string;
  group: string;
  type: 'file' | 'directory' | 'other';
}

export interface K8sNodeFacts {
  /** control-plane: static pod manifests or control-plane kubeconfigs; worker: kubelet files only; none: neither */
  role: 'control-plane' | 'worker' | 'none';
  /** every candidate path that exists (src/kit/k8s-node/paths.ts) and everything under /etc/kubernetes/pki */
  files: K8sNodeFile[];
  /** paths whose state is unknown: stat refused, or a folder on the way cannot be searched; "DIR/" = DIR cannot be listed */
  denied: string[];
  /** where etcd keeps its data, and how we know; null when no etcd data directory was found */
  etcdDataDir: { path: string; source: 'etcd process' | 'etcd manifest' | 'default location' } | null;
  /** /etc/kubernetes/pki holds more entries than were stat'd */
  pkiTruncated: boolean;
}

declare module '../../engine/facts.js' {
  interface FactTypes {
    'linux.os': OsFacts;
    'linux.sshd': SshdFacts;
    'linux.sysctl': SysctlFacts;
    'linux.accounts': AccountsFacts;
    'linux.files': FilesFacts;
    'linux.firewall': FirewallFacts;
    'linux.audit': AuditFacts;
    'linux.services': ServicesFacts;
    'linux.timesync': TimesyncFacts;
    'linux.updates': UpdatesFacts;
    'linux.storage': StorageFacts;
    'linux.mac': MacFacts;
    'linux.coredump': CoredumpFacts;
    'linux.secureboot': SecureBootFacts;
    'linux.kubernetes-node': K8sNodeFacts;
  }
}
