// Builders for linux.* fact values in check tests: a hardened baseline plus overrides.
import type {
  Account, AccountsFacts, AuditFacts, CoredumpFacts, FilesFacts, FirewallFacts, MacFacts, SecureBootFacts,
  ServicesFacts, SshdFacts, StorageFacts, SysctlFacts, TimesyncFacts, UpdatesFacts,
} from '../../../src/kit/linux/facts.js';
import { SSHD_DEFAULTS } from '../../../src/providers/linux/parse-sshd.js';

export const notCollected = (reason = 'section cut off') => ({ ok: false, reason });
export const notApplicable = (reason = 'not observable in a mounted root') => ({ ok: false, reason, notApplicable: true });

export function sshd(effective: Record<string, string> = {}, extra: Partial<SshdFacts> = {}): SshdFacts {
  return { installed: true, source: 'sshd -T', effective: { ...SSHD_DEFAULTS, ...effective }, files: ['/etc/ssh/sshd_config'], matchBlocks: 0, notes: [], ...extra };
}
export const noSshd = (): SshdFacts => ({ installed: false, source: 'config', effective: {}, files: [], matchBlocks: 0, notes: [] });

export function sysctl(values: Record<string, string>, source: SysctlFacts['source'] = 'runtime'): SysctlFacts {
  const origins: Record<string, string> = {};
  for (const k of Object.keys(values)) origins[k] = source === 'runtime' ? '/proc/sys' : '/etc/sysctl.d/60-test.conf';
  return { source, values, origins };
}

export const account = (name: string, uid: number, extra: Partial<Account> = {}): Account => ({
  name, uid, gid: uid, home: `/home/${name}`, shell: uid === 0 || uid >= 1000 ? '/bin/bash' : '/usr/sbin/nologin', password: 'locked', maxDays: 365, ...extra,
});

export function accounts(list: Account[] = [account('root', 0)], extra: Partial<AccountsFacts> = {}): AccountsFacts {
  return {
    accounts: list, shadowReadable: true, uidMin: 1000,
    loginDefs: { PASS_MAX_DAYS: '365', PASS_MIN_DAYS: '1', PASS_WARN_AGE: '7', ENCRYPT_METHOD: 'YESCRYPT', UMASK: '027' },
    ...extra,
  };
}

export function files(stats: Record<string, [number, number?, string?]> = {}, pathDirs: FilesFacts['pathDirs'] = []): FilesFacts {
  const out: FilesFacts['stats'] = {};
  for (const [path, [mode, uid = 0, group = 'root']] of Object.entries(stats)) out[path] = { path, mode, uid, gid: 0, owner: uid === 0 ? 'root' : String(uid), group };
  return { stats: out, pathDirs };
}

export const firewall = (input: FirewallFacts['input'], forward: FirewallFacts['forward'] = 'drop', extra: Partial<FirewallFacts> = {}): FirewallFacts =>
  ({ source: 'nft list ruleset', backend: input === 'none' ? 'none' : 'nftables', input, forward, ruleCount: 3, files: [], ...extra });

export const audit = (extra: Partial<AuditFacts> = {}): AuditFacts =>
  ({ installed: true, enabled: true, running: true, rules: [], rulesSource: 'auditctl -l', enabledFlag: 1, ...extra });

export const services = (extra: Partial<ServicesFacts> = {}): ServicesFacts => ({ enabled: [], running: null, installed: [], ...extra });

export const timesync = (extra: Partial<TimesyncFacts> = {}): TimesyncFacts =>
  ({ installed: ['chronyd'], enabled: ['chrony.service'], running: ['chrony.service'], synchronized: true, ...extra });

export const updates = (automatic: boolean, detail = automatic ? 'unattended-upgrades runs daily' : 'unattended-upgrades is not installed'): UpdatesFacts =>
  ({ manager: 'apt', toolInstalled: automatic, settings: {}, timerEnabled: true, automatic, detail });

export const storage = (rootEncrypted: boolean): StorageFacts => ({
  source: 'lsblk',
  rootChain: rootEncrypted ? [{ name: 'sda', type: 'disk' }, { name: 'sda3', type: 'part', fstype: 'crypto_LUKS' }, { name: 'root', type: 'crypt', fstype: 'ext4' }] : [{ name: 'sda1', type: 'part', fstype: 'ext4' }],
  rootEncrypted,
  detail: rootEncrypted ? 'sda > sda3(crypto_LUKS) > root(crypt)' : 'sda1(part,ext4): no crypt layer',
});

export const mac = (apparmor: Partial<MacFacts['apparmor']>, selinux: MacFacts['selinux']['mode'] = 'disabled', source: MacFacts['source'] = 'kernel'): MacFacts => ({
  apparmor: { enabled: false, profiles: null, ...apparmor }, selinux: { mode: selinux }, source, detail: 'test',
});

export const coredump = (extra: Partial<CoredumpFacts> = {}): CoredumpFacts =>
  ({ hardCoreLimit: '0', fsSuidDumpable: '0', systemdStorage: 'none', systemdProcessSizeMax: '0', systemdCoredump: true, ...extra });

export const secureboot = (enabled: boolean): SecureBootFacts => ({ enabled, source: 'mokutil' });
