// The Windows script's JSON document (script.ts) to windows.* facts. Pure and total: any output
// gives every fact, and whatever is missing, failed on the host or malformed is an error fact with
// the reason (PowerShell's own message where there is one), never a pass.
//
// ConvertTo-Json writes .NET enums as their numbers (Get-NetFirewallProfile's DefaultInboundAction
// Block is 4), so each enum is named here from its documented values; a name (PowerShell 7's
// -EnumsAsStrings, or a string the script made) is accepted as well.
import { ok, notApplicableFact, unavailable, type Outcome } from '../../engine/types.js';
import type {
  AppLockerCollection, BitLockerVolume, FirewallAction, FirewallProfile, HyperVVm, RegistryValue, WindowsAccountsFacts, WindowsAuditpolFacts, WindowsBitLockerFacts,
  WindowsDefenderFacts, WindowsDeviceGuardFacts, WindowsEventLogFacts, WindowsFeaturesFacts, WindowsFirewallFacts, WindowsHyperVFacts, WindowsNetworkFacts, WindowsOsFacts,
  WindowsRegistryFacts, WindowsSecpolFacts, WindowsSecureBootFacts, WindowsSmbFacts, WindowsUpdatesFacts, WindowsWinRmFacts,
} from '../../kit/windows/facts.js';
import { WINDOWS_FACTS } from '../../kit/windows/facts.js';
import { parseAppLockerXml } from './parse-applocker.js';
import { parseAuditCsv } from './parse-auditpol.js';
import { parseSecedit } from './parse-secedit.js';

export type WindowsFactKey = (typeof WINDOWS_FACTS)[number];
export type WindowsFacts = Record<WindowsFactKey, Outcome<unknown>>;

export const SCRIPT_FORMAT = 'ztaudit-windows/1';

type Json = unknown;
type Obj = Record<string, Json>;

const isObj = (v: Json): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
/** A PowerShell list: one element arrives unrolled, none as null. */
const list = (v: Json): Json[] => (Array.isArray(v) ? v : v === null || v === undefined ? [] : [v]);
const str = (v: Json): string => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '');
function num(v: Json, what: string): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : NaN;
  if (!Number.isFinite(n)) throw new Error(`${what} is not a number (${JSON.stringify(v)})`);
  return n;
}
function bool(v: Json, what: string): boolean {
  if (typeof v === 'boolean') return v;
  if (v === 1 || v === 0) return v === 1;
  if (typeof v === 'string' && /^(true|false)$/i.test(v.trim())) return v.trim().toLowerCase() === 'true';
  throw new Error(`${what} is not true or false (${JSON.stringify(v)})`);
}
const optBool = (v: Json, what: string): boolean | null => (v === null || v === undefined ? null : bool(v, what));

/** A .NET enum as ConvertTo-Json wrote it (its number) or as a name, to its name. */
function enumName<T extends string, U extends string>(v: Json, names: Readonly<Record<number, T>>, unknown: U): T | U {
  if (typeof v === 'number') return names[v] ?? unknown;
  if (typeof v === 'string') {
    const match = Object.values(names).find((n) => n.toLowerCase() === v.trim().toLowerCase());
    if (match) return match;
    if (/^\d+$/.test(v.trim())) return names[Number(v)] ?? unknown;
  }
  return unknown;
}

// MSFT_NetFirewallProfile (Enabled: GpoBoolean; DefaultInboundAction/DefaultOutboundAction: Action)
const GPO_BOOLEAN = { 0: 'False', 1: 'True', 2: 'NotConfigured' } as const;
const FIREWALL_ACTION: Record<number, FirewallAction> = { 0: 'NotConfigured', 2: 'Allow', 4: 'Block' };
// Microsoft.BitLocker.Structures (the BitLocker module's enums)
const BL_VOLUME_TYPE = { 0: 'OperatingSystem', 1: 'Data' } as const;
const BL_PROTECTION = { 0: 'Off', 1: 'On', 2: 'Unknown' } as const;
const BL_VOLUME_STATUS: Record<number, string> = { 0: 'FullyDecrypted', 1: 'FullyEncrypted', 2: 'EncryptionInProgress', 3: 'DecryptionInProgress', 4: 'EncryptionPaused', 5: 'DecryptionPaused' };
const BL_METHOD: Record<number, string> = { 0: 'None', 1: 'Aes128Diffuser', 2: 'Aes256Diffuser', 3: 'Aes128', 4: 'Aes256', 5: 'Hardware', 6: 'XtsAes128', 7: 'XtsAes256' };
// System.Diagnostics.Eventing.Reader.EventLogMode
const LOG_MODE: Record<number, string> = { 0: 'Circular', 1: 'AutoBackup', 2: 'Retain' };
// Win32_NetworkAdapterConfiguration.TcpipNetbiosOptions
const NETBIOS = { 0: 'Default', 1: 'Enabled', 2: 'Disabled' } as const;
// Microsoft.HyperV.PowerShell.VMSwitchType
const SWITCH_TYPE = { 0: 'Private', 1: 'Internal', 2: 'External' } as const;
const PRODUCT_TYPE = { 1: 'workstation', 2: 'domain_controller', 3: 'server' } as const;

/** One section of the document: its value, or the host's reason it has none. */
type Section = { ok: true; value: Json } | { ok: false; reason: string };

function section(doc: Obj, name: string): Section {
  const s = doc[name];
  if (!isObj(s)) return { ok: false, reason: `section ${name} missing from the script output` };
  if (s.ok === true) return { ok: true, value: s.value };
  const why = str(s.error).split(/\r?\n/)[0]?.trim() || 'failed with no message';
  return { ok: false, reason: s.missing === true ? `${name}: the cmdlet is not available on this host: ${why}` : `${name}: ${why}` };
}

/** Run one parser over a section; a section error or a parser exception is the fact's reason. */
function fact<T>(doc: Obj, name: string, parse: (v: Json) => T | Outcome<T>): Outcome<T> {
  const s = section(doc, name);
  if (!s.ok) return unavailable(s.reason);
  try {
    const v = parse(s.value);
    return isOutcome<T>(v) ? v : ok(v);
  } catch (err) {
    return unavailable(`cannot read ${name}: ${(err as Error).message}`);
  }
}
const isOutcome = <T>(v: unknown): v is Outcome<T> => isObj(v) && typeof v.ok === 'boolean' && ('value' in v || 'reason' in v) && Object.keys(v).length <= 3;

function parseRegistry(v: Json): WindowsRegistryFacts {
  if (!isObj(v)) throw new Error('not an object');
  const values: Record<string, RegistryValue> = {};
  for (const [k, raw] of Object.entries(isObj(v.values) ? v.values : {})) {
    if (typeof raw === 'number' || typeof raw === 'string') values[k] = raw;
    else if (Array.isArray(raw)) values[k] = raw.map(str);
  }
  const unreadable: Record<string, string> = {};
  for (const [k, why] of Object.entries(isObj(v.unreadable) ? v.unreadable : {})) unreadable[k] = str(why);
  return { values, unreadable };
}

function parseOs(v: Json, collectedAt: string): Omit<WindowsOsFacts, 'roles'> {
  if (!isObj(v)) throw new Error('not an object');
  const pt = num(v.ProductType, 'ProductType');
  const productType = PRODUCT_TYPE[pt as 1 | 2 | 3];
  if (!productType) throw new Error(`unknown ProductType ${pt}`);
  return { caption: str(v.Caption), version: str(v.Version), build: num(v.BuildNumber, 'BuildNumber'), productType, partOfDomain: bool(v.PartOfDomain, 'PartOfDomain'), hostname: str(v.CSName), collectedAt };
}

const parseFirewall = (v: Json): WindowsFirewallFacts => {
  const profiles: FirewallProfile[] = list(v).filter(isObj).map((p) => ({
    name: str(p.Name),
    enabled: typeof p.Enabled === 'boolean' ? (p.Enabled ? 'True' : 'False') : enumName(p.Enabled, GPO_BOOLEAN, 'Unknown'),
    defaultInboundAction: enumName(p.DefaultInboundAction, FIREWALL_ACTION, 'Unknown'),
    defaultOutboundAction: enumName(p.DefaultOutboundAction, FIREWALL_ACTION, 'Unknown'),
  }));
  if (profiles.length === 0) throw new Error('Get-NetFirewallProfile returned no profile');
  return { profiles };
};

function parseDefender(v: Json): WindowsDefenderFacts {
  if (!isObj(v)) throw new Error('not an object');
  return {
    amServiceEnabled: bool(v.AMServiceEnabled, 'AMServiceEnabled'),
    antivirusEnabled: bool(v.AntivirusEnabled, 'AntivirusEnabled'),
    realTimeProtectionEnabled: bool(v.RealTimeProtectionEnabled, 'RealTimeProtectionEnabled'),
    isTamperProtected: optBool(v.IsTamperProtected, 'IsTamperProtected'),
    antivirusSignatureAge: num(v.AntivirusSignatureAge, 'AntivirusSignatureAge'),
    ...(str(v.AntivirusSignatureVersion) ? { antivirusSignatureVersion: str(v.AntivirusSignatureVersion) } : {}),
  };
}

function parseBitLocker(v: Json): WindowsBitLockerFacts {
  if (!isObj(v)) throw new Error('not an object');
  const volumes: BitLockerVolume[] = list(v.volumes).filter(isObj).map((b) => ({
    mountPoint: str(b.MountPoint),
    volumeType: enumName(b.VolumeType, BL_VOLUME_TYPE, 'Unknown'),
    protectionStatus: enumName(b.ProtectionStatus, BL_PROTECTION, 'Unknown'),
    volumeStatus: enumName(b.VolumeStatus, BL_VOLUME_STATUS, 'Unknown'),
    encryptionMethod: enumName(b.EncryptionMethod, BL_METHOD, 'Unknown'),
    encryptionPercentage: typeof b.EncryptionPercentage === 'number' ? b.EncryptionPercentage : 0,
  }));
  return { installed: v.installed !== false, volumes };
}

function parseSmb(v: Json): WindowsSmbFacts {
  if (!isObj(v)) throw new Error('not an object');
  return {
    enableSMB1Protocol: bool(v.EnableSMB1Protocol, 'EnableSMB1Protocol'),
    requireSecuritySignature: bool(v.RequireSecuritySignature, 'RequireSecuritySignature'),
    enableSecuritySignature: bool(v.EnableSecuritySignature, 'EnableSecuritySignature'),
    encryptData: bool(v.EncryptData, 'EncryptData'),
    rejectUnencryptedAccess: bool(v.RejectUnencryptedAccess, 'RejectUnencryptedAccess'),
  };
}

function parseFeatures(v: Json): WindowsFeaturesFacts {
  if (!isObj(v)) throw new Error('not an object');
  const source = v.source === 'WindowsOptionalFeature' ? 'WindowsOptionalFeature' : 'WindowsFeature';
  const features = list(v.features).filter(isObj).map((f) =>
    source === 'WindowsFeature'
      ? { name: str(f.Name), installed: bool(f.Installed, `${str(f.Name)} Installed`) }
      : { name: str(f.FeatureName), installed: /^enable(d|pending)$/i.test(str(f.State)) || f.State === 2 },
  );
  return { source, features };
}

const parseEventLogs = (v: Json): WindowsEventLogFacts => ({
  logs: list(v).filter(isObj).map((l) => ({
    logName: str(l.LogName),
    maximumSizeInBytes: num(l.MaximumSizeInBytes, `${str(l.LogName)} MaximumSizeInBytes`),
    isEnabled: bool(l.IsEnabled, 'IsEnabled'),
    logMode: enumName(l.LogMode, LOG_MODE, 'Unknown'),
  })),
});

const parseNetwork = (v: Json): WindowsNetworkFacts => ({
  adapters: list(v).filter(isObj).map((a) => ({ description: str(a.Description), netbios: enumName(a.TcpipNetbiosOptions, NETBIOS, 'Unknown') })),
});

function parseAccounts(v: Json, os: Outcome<Omit<WindowsOsFacts, 'roles'>>): WindowsAccountsFacts | Outcome<WindowsAccountsFacts> {
  if (!isObj(v)) throw new Error('not an object');
  if (os.ok && os.value.productType === 'domain_controller') return notApplicableFact('a domain controller has no local accounts or local Administrators group');
  return {
    users: list(v.users).filter(isObj).map((u) => ({ name: str(u.Name), sid: str(u.SID), enabled: bool(u.Enabled, `${str(u.Name)} Enabled`) })),
    administrators: v.administrators === null ? null : list(v.administrators).filter(isObj).map((m) => ({ name: str(m.Name), sid: str(m.SID), objectClass: str(m.ObjectClass), principalSource: str(m.PrincipalSource) })),
  };
}

const DAY = 86_400_000;
function parseUpdates(v: Json, collectedAt: string): WindowsUpdatesFacts {
  if (!isObj(v)) throw new Error('not an object');
  const hotfixes = list(v.hotfixes).filter(isObj).map((h) => {
    const d = str(h.InstalledOn);
    return { id: str(h.HotFixID), installedOn: /^\d{4}-\d{2}-\d{2}/.test(d) ? d.slice(0, 10) : null };
  });
  const dates = hotfixes.map((h) => h.installedOn).filter((d): d is string => !!d).sort();
  const lastInstalled = dates.at(-1) ?? null;
  const now = Date.parse(collectedAt);
  const daysSinceLastPatch = lastInstalled && Number.isFinite(now) ? Math.floor((now - Date.parse(`${lastInstalled}T00:00:00Z`)) / DAY) : null;
  const rebootReasons = list(v.rebootReasons).map(str).filter(Boolean);
  return { lastInstalled, daysSinceLastPatch, hotfixes, rebootPending: rebootReasons.length > 0, rebootReasons };
}

function parseSecureBoot(v: Json): WindowsSecureBootFacts {
  if (!isObj(v)) throw new Error('not an object');
  return { uefi: bool(v.uefi, 'uefi'), enabled: bool(v.enabled, 'enabled') };
}

function parseDeviceGuard(v: Json): WindowsDeviceGuardFacts {
  if (!isObj(v)) throw new Error('Win32_DeviceGuard returned no instance');
  const nums = (x: Json, what: string): number[] => list(x).map((n) => num(n, what));
  return {
    virtualizationBasedSecurityStatus: num(v.VirtualizationBasedSecurityStatus ?? 0, 'VirtualizationBasedSecurityStatus'),
    securityServicesConfigured: nums(v.SecurityServicesConfigured, 'SecurityServicesConfigured'),
    securityServicesRunning: nums(v.SecurityServicesRunning, 'SecurityServicesRunning'),
    codeIntegrityPolicyEnforcementStatus: num(v.CodeIntegrityPolicyEnforcementStatus ?? 0, 'CodeIntegrityPolicyEnforcementStatus'),
    usermodeCodeIntegrityPolicyEnforcementStatus: num(v.UsermodeCodeIntegrityPolicyEnforcementStatus ?? 0, 'UsermodeCodeIntegrityPolicyEnforcementStatus'),
  };
}

/** WSMan:\localhost\Service first (the effective values, policy included); the policy registry values when the drive could not be read. */
function parseWinRm(doc: Obj, registry: Outcome<WindowsRegistryFacts>): Outcome<WindowsWinRmFacts> {
  const s = section(doc, 'winrm');
  if (s.ok && isObj(s.value)) {
    try {
      return ok({ configured: true, allowUnencrypted: bool(s.value.AllowUnencrypted, 'AllowUnencrypted'), basicAuth: bool(s.value.Basic, 'Auth\\Basic') });
    } catch (err) {
      return unavailable(`cannot read winrm: ${(err as Error).message}`);
    }
  }
  const reason = s.ok ? 'winrm: not an object' : s.reason;
  const policy = registry.ok ? registry.value.values : {};
  const allowBasic = policy['HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WinRM\\Service\\AllowBasic'];
  const allowUnencrypted = policy['HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WinRM\\Service\\AllowUnencryptedTraffic'];
  if (typeof allowBasic === 'number' && typeof allowUnencrypted === 'number') return ok({ configured: false, allowUnencrypted: allowUnencrypted === 1, basicAuth: allowBasic === 1 });
  return unavailable(`${reason} (and no WinRM Group Policy values to fall back on)`);
}

function parseHyperV(v: Json, features: Outcome<WindowsFeaturesFacts>): Outcome<WindowsHyperVFacts> {
  const role = features.ok ? features.value.features.find((f) => /^(Hyper-V|Microsoft-Hyper-V)$/i.test(f.name)) : undefined;
  if (!isObj(v) || v.installed === false || (features.ok && !role?.installed)) return notApplicableFact('not a Hyper-V host: the Hyper-V role is not installed');
  const vms: HyperVVm[] = list(v.vms).filter(isObj).map((m) => ({
    name: str(m.Name),
    generation: num(m.Generation, 'Generation'),
    // Get-VMFirmware's SecureBoot is an OnOffState (On = 0, Off = 1); the script writes its name
    secureBoot: m.SecureBoot === 0 || /^on$/i.test(str(m.SecureBoot)),
    tpmEnabled: bool(m.TpmEnabled ?? false, 'TpmEnabled'),
    shielded: bool(m.Shielded ?? false, 'Shielded'),
    adapters: list(m.Adapters).filter(isObj).map((a) => ({ name: str(a.Name), switchName: str(a.SwitchName), acls: num(a.Acls ?? 0, 'Acls'), extendedAcls: num(a.ExtendedAcls ?? 0, 'ExtendedAcls') })),
  }));
  const switches = list(v.switches).filter(isObj).map((s) => ({ name: str(s.Name), switchType: enumName(s.SwitchType, SWITCH_TYPE, 'Unknown') }));
  return ok({ vms, switches });
}

/** Every fact with the same reason (no document to read). */
export const allFacts = (reason: string): WindowsFacts => Object.fromEntries(WINDOWS_FACTS.map((k) => [k, unavailable(reason)])) as WindowsFacts;

/** The facts of one parsed document. */
export function parseWindowsDocument(doc: Json): WindowsFacts {
  if (!isObj(doc) || doc.format !== SCRIPT_FORMAT) return allFacts(`the script printed JSON that is not a ${SCRIPT_FORMAT} document`);
  const collectedAt = str(doc.collectedAt);
  const registry = fact(doc, 'registry', parseRegistry);
  const features = fact(doc, 'features', parseFeatures);
  const hyperv = ((): Outcome<WindowsHyperVFacts> => {
    const s = section(doc, 'hyperv');
    if (!s.ok) return features.ok && !features.value.features.some((f) => /^(Hyper-V|Microsoft-Hyper-V)$/i.test(f.name) && f.installed) ? notApplicableFact('not a Hyper-V host: the Hyper-V role is not installed') : unavailable(s.reason);
    try {
      return parseHyperV(s.value, features);
    } catch (err) {
      return unavailable(`cannot read hyperv: ${(err as Error).message}`);
    }
  })();
  const osBase = fact(doc, 'os', (v) => parseOs(v, collectedAt));
  const hyperVRole = hyperv.ok || (features.ok && features.value.features.some((f) => /^(Hyper-V|Microsoft-Hyper-V)$/i.test(f.name) && f.installed));
  const os: Outcome<WindowsOsFacts> = osBase.ok ? ok({ ...osBase.value, roles: { domainController: osBase.value.productType === 'domain_controller', hyperV: hyperVRole } }) : osBase;
  return {
    'windows.os': os,
    'windows.registry': registry,
    'windows.secpol': fact(doc, 'secedit', (v): WindowsSecpolFacts => parseSecedit(str(v))),
    'windows.auditpol': fact(doc, 'auditpol', (v): WindowsAuditpolFacts => parseAuditCsv(str(v))),
    'windows.firewall': fact(doc, 'firewall', parseFirewall),
    'windows.defender': fact(doc, 'defender', parseDefender),
    'windows.bitlocker': fact(doc, 'bitlocker', parseBitLocker),
    'windows.smb': fact(doc, 'smb', parseSmb),
    'windows.features': features,
    'windows.eventlogs': fact(doc, 'eventlogs', parseEventLogs),
    'windows.network': fact(doc, 'network', parseNetwork),
    'windows.accounts': fact(doc, 'accounts', (v) => parseAccounts(v, osBase)),
    'windows.updates': fact(doc, 'updates', (v) => parseUpdates(v, collectedAt)),
    'windows.secureboot': fact(doc, 'secureboot', parseSecureBoot),
    'windows.deviceguard': fact(doc, 'deviceguard', parseDeviceGuard),
    'windows.applocker': fact(doc, 'applocker', (v): { collections: AppLockerCollection[] } => parseAppLockerXml(str(v))),
    'windows.winrm': parseWinRm(doc, registry),
    'windows.hyperv': hyperv,
  };
}

/** The script's stdout to a document: the JSON object it printed, whatever noise surrounds it (a profile banner, a stray line). */
export function extractDocument(stdout: string): { doc: Json } | { reason: string } {
  const start = stdout.indexOf('{');
  const end = stdout.lastIndexOf('}');
  if (start < 0 || end < start) {
    const first = stdout.trim().split(/\r?\n/)[0]?.slice(0, 200);
    return { reason: `the PowerShell script printed no JSON document${first ? ` (its output begins: ${JSON.stringify(first)})` : ' (no output)'}` };
  }
  try {
    return { doc: JSON.parse(stdout.slice(start, end + 1)) as Json };
  } catch (err) {
    return { reason: `the PowerShell script printed invalid JSON: ${(err as Error).message}` };
  }
}
