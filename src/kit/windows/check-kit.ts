// Helpers for the windows.* checks: registry value names, their documented defaults when unset,
// audit subcategory GUIDs, and small readers. Pure.
import type { AuditSubcategory, RegistryValue, WindowsAuditpolFacts, WindowsRegistryFacts, WindowsSecpolFacts } from './facts.js';
import './facts.js';

const LSA = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa';
const POL_TS = 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services';
const RDP_TCP = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp';
const SYSTEM_POLICIES = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System';
const PS_POLICIES = 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\PowerShell';
const NTDS = 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\NTDS\\Parameters';

/** The registry values the checks read (full names as windows.registry keys them). */
export const REG = {
  runAsPpl: `${LSA}\\RunAsPPL`,
  lsaCfgFlags: `${LSA}\\LsaCfgFlags`,
  restrictAnonymous: `${LSA}\\RestrictAnonymous`,
  restrictAnonymousSam: `${LSA}\\RestrictAnonymousSAM`,
  everyoneIncludesAnonymous: `${LSA}\\EveryoneIncludesAnonymous`,
  wdigest: 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\WDigest\\UseLogonCredential',
  llmnr: 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\DNSClient\\EnableMulticast',
  mdns: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\Dnscache\\Parameters\\EnableMDNS',
  lapsPolicy: 'HKLM\\SOFTWARE\\Microsoft\\Policies\\LAPS\\BackupDirectory',
  lapsCsp: 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\LAPS\\BackupDirectory',
  lapsLegacy: 'HKLM\\SOFTWARE\\Policies\\Microsoft Services\\AdmPwd\\AdmPwdEnabled',
  rdpDeny: 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\fDenyTSConnections',
  rdpDenyPolicy: `${POL_TS}\\fDenyTSConnections`,
  rdpNla: `${RDP_TCP}\\UserAuthentication`,
  rdpNlaPolicy: `${POL_TS}\\UserAuthentication`,
  rdpSecurityLayer: `${RDP_TCP}\\SecurityLayer`,
  rdpSecurityLayerPolicy: `${POL_TS}\\SecurityLayer`,
  rdpEncryption: `${RDP_TCP}\\MinEncryptionLevel`,
  rdpEncryptionPolicy: `${POL_TS}\\MinEncryptionLevel`,
  scriptBlockLogging: `${PS_POLICIES}\\ScriptBlockLogging\\EnableScriptBlockLogging`,
  moduleLogging: `${PS_POLICIES}\\ModuleLogging\\EnableModuleLogging`,
  moduleNames: `${PS_POLICIES}\\ModuleLogging\\ModuleNames\\*`,
  enableLua: `${SYSTEM_POLICIES}\\EnableLUA`,
  consentPromptAdmin: `${SYSTEM_POLICIES}\\ConsentPromptBehaviorAdmin`,
  filterAdministratorToken: `${SYSTEM_POLICIES}\\FilterAdministratorToken`,
  processCmdLine: `${SYSTEM_POLICIES}\\Audit\\ProcessCreationIncludeCmdLine_Enabled`,
  ldapSigning: `${NTDS}\\LDAPServerIntegrity`,
  ldapChannelBinding: `${NTDS}\\LdapEnforceChannelBinding`,
} as const;

export const schannelServer = (protocol: string, name: 'Enabled' | 'DisabledByDefault'): string =>
  `HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\${protocol}\\Server\\${name}`;

/** The value, or undefined when it is not set. */
export const regValue = (r: WindowsRegistryFacts, name: string): RegistryValue | undefined => r.values[name];

/** A DWORD value, or undefined when unset (or not a number). */
export function regNumber(r: WindowsRegistryFacts, name: string): number | undefined {
  const v = r.values[name];
  return typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined;
}

/** The policy value where Group Policy sets one, else the local one; with where it came from. */
export function policyOr(r: WindowsRegistryFacts, policy: string, local: string): { value: number; from: string } | undefined {
  const p = regNumber(r, policy);
  if (p !== undefined) return { value: p, from: policy };
  const l = regNumber(r, local);
  return l !== undefined ? { value: l, from: local } : undefined;
}

/** "Name = value" for evidence; "Name not set" when absent. */
export const shown = (name: string, value: RegistryValue | number | undefined): string =>
  `${name.split('\\').slice(-2).join('\\')} ${value === undefined ? 'not set' : `= ${Array.isArray(value) ? value.join(',') : value}`}`;

/** A key under which the script could not read values: the checks that need it must not pass. */
export function unreadableUnder(r: WindowsRegistryFacts, name: string): string | undefined {
  for (const [key, why] of Object.entries(r.unreadable)) if (name.toLowerCase().startsWith(`${key.toLowerCase()}\\`)) return `${key}: ${why}`;
  return undefined;
}

/** Advanced audit policy subcategory GUIDs (auditpol /list /subcategory:* /v). */
export const AUDIT = {
  credentialValidation: '{0cce923f-69ae-11d9-bed3-505054503030}',
  logon: '{0cce9215-69ae-11d9-bed3-505054503030}',
  logoff: '{0cce9216-69ae-11d9-bed3-505054503030}',
  accountLockout: '{0cce9217-69ae-11d9-bed3-505054503030}',
  specialLogon: '{0cce921b-69ae-11d9-bed3-505054503030}',
  userAccountManagement: '{0cce9235-69ae-11d9-bed3-505054503030}',
  securityGroupManagement: '{0cce9237-69ae-11d9-bed3-505054503030}',
  processCreation: '{0cce922b-69ae-11d9-bed3-505054503030}',
} as const;

export const auditSetting = (a: WindowsAuditpolFacts, guid: string): AuditSubcategory | undefined => a.subcategories.find((s) => s.guid === guid);

/** What a subcategory audits against what is required: the shortfall ("Logon: Success only, Failure required"), or undefined. */
export function auditShortfall(a: WindowsAuditpolFacts, guid: string, label: string, need: { success?: boolean; failure?: boolean }): string | undefined {
  const s = auditSetting(a, guid);
  if (!s) return `${label}: not in auditpol's output`;
  const missing = [need.success && !s.success ? 'Success' : '', need.failure && !s.failure ? 'Failure' : ''].filter(Boolean);
  return missing.length ? `${label}: ${s.inclusion || 'No Auditing'} (${missing.join(' and ')} required)` : undefined;
}

/** A numeric [System Access] setting, or undefined when secedit did not export it. */
export function secpolNumber(p: WindowsSecpolFacts, key: string): number | undefined {
  const v = p.systemAccess[key];
  return typeof v === 'number' ? v : undefined;
}

/** A well-known RID at the end of a SID: S-1-5-21-...-500 -> 500. */
export const rid = (sid: string): number | undefined => {
  const m = /^S-1-5-21-\d+-\d+-\d+-(\d+)$/i.exec(sid.trim());
  return m ? Number(m[1]) : undefined;
};
