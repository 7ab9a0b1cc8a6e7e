// Windows host facts, from one read-only PowerShell script (src/providers/windows/script.ts) that
// prints one JSON document: CIM classes, Get-* cmdlets, registry values, `auditpol /get /r` and
// `secedit /export`. Enum values arrive as ConvertTo-Json prints them (numbers) and are named
// here by the parser, so checks read words ('Block', 'On'), never magic numbers.

/** A registry value as Get-ItemProperty gives it: REG_DWORD/QWORD a number, REG_SZ a string, REG_MULTI_SZ a list. */
export type RegistryValue = number | string | string[];

export interface WindowsOsFacts {
  caption: string;
  /** 10.0.20348 */
  version: string;
  /** 20348 (Windows Server 2022) */
  build: number;
  /** Win32_OperatingSystem.ProductType: 1 workstation, 2 domain controller, 3 server */
  productType: 'workstation' | 'domain_controller' | 'server';
  /** Win32_ComputerSystem.PartOfDomain */
  partOfDomain: boolean;
  hostname: string;
  /** the target's own clock when the script ran (ISO 8601, UTC) */
  collectedAt: string;
  /** roles the facts show: a domain controller (ProductType 2), a Hyper-V host (the Hyper-V role installed) */
  roles: { domainController: boolean; hyperV: boolean };
}

export interface WindowsRegistryFacts {
  /** `HKLM\PATH\Name` -> value, for every value the script reads that is set (an unset value is absent) */
  values: Record<string, RegistryValue>;
  /** keys that exist but could not be read, with the reason */
  unreadable: Record<string, string>;
}

/** `secedit /export /areas SECURITYPOLICY` (GptTmpl.inf format). */
export interface WindowsSecpolFacts {
  /** [System Access]: MinimumPasswordLength = 14, NewGuestName = "Guest"... (quoted values unquoted) */
  systemAccess: Record<string, number | string>;
  /** [Event Audit] */
  eventAudit: Record<string, number>;
  /** [Registry Values]: MACHINE\PATH\Name -> {type, value} (type 4 = REG_DWORD, 1 = REG_SZ, 7 = REG_MULTI_SZ) */
  registryValues: Record<string, { type: number; value: string }>;
  /** [Privilege Rights]: right -> accounts or *SIDs */
  privilegeRights: Record<string, string[]>;
}

export interface AuditSubcategory {
  /** as auditpol prints it ("Logon", or "Audit Logon" in a GPO backup's audit.csv) */
  name: string;
  /** lower case, with braces: {0cce9215-69ae-11d9-bed3-505054503030} */
  guid: string;
  /** "Success", "Failure", "Success and Failure", "No Auditing" */
  inclusion: string;
  success: boolean;
  failure: boolean;
}

/** `auditpol /get /category:* /r` (CSV). */
export interface WindowsAuditpolFacts {
  subcategories: AuditSubcategory[];
}

export type FirewallAction = 'NotConfigured' | 'Allow' | 'Block' | 'Unknown';

export interface FirewallProfile {
  /** Domain, Private, Public */
  name: string;
  /** GpoBoolean: True, False, NotConfigured */
  enabled: 'True' | 'False' | 'NotConfigured' | 'Unknown';
  defaultInboundAction: FirewallAction;
  defaultOutboundAction: FirewallAction;
}

export interface WindowsFirewallFacts {
  profiles: FirewallProfile[];
}

/** Get-MpComputerStatus */
export interface WindowsDefenderFacts {
  amServiceEnabled: boolean;
  antivirusEnabled: boolean;
  realTimeProtectionEnabled: boolean;
  /** null on builds that predate tamper protection */
  isTamperProtected: boolean | null;
  /** days since the antivirus signatures were updated */
  antivirusSignatureAge: number;
  antivirusSignatureVersion?: string;
}

export interface BitLockerVolume {
  mountPoint: string;
  volumeType: 'OperatingSystem' | 'Data' | 'Unknown';
  protectionStatus: 'Off' | 'On' | 'Unknown';
  volumeStatus: string;
  encryptionMethod: string;
  encryptionPercentage: number;
}

export interface WindowsBitLockerFacts {
  /** the BitLocker feature (and its cmdlets) is installed */
  installed: boolean;
  volumes: BitLockerVolume[];
}

/** Get-SmbServerConfiguration */
export interface WindowsSmbFacts {
  enableSMB1Protocol: boolean;
  requireSecuritySignature: boolean;
  enableSecuritySignature: boolean;
  encryptData: boolean;
  rejectUnencryptedAccess: boolean;
}

export interface WindowsFeature {
  /** PowerShell-V2, FS-SMB1, Hyper-V, AD-Domain-Services (Get-WindowsFeature) or the optional feature name */
  name: string;
  installed: boolean;
}

export interface WindowsFeaturesFacts {
  /** Get-WindowsFeature (a server) or Get-WindowsOptionalFeature -Online (a workstation) */
  source: 'WindowsFeature' | 'WindowsOptionalFeature';
  features: WindowsFeature[];
}

export interface EventLog {
  logName: string;
  maximumSizeInBytes: number;
  isEnabled: boolean;
  /** Circular, AutoBackup, Retain */
  logMode: string;
}

export interface WindowsEventLogFacts {
  logs: EventLog[];
}

export interface NetworkAdapter {
  description: string;
  /** Win32_NetworkAdapterConfiguration.TcpipNetbiosOptions: Default (from DHCP), Enabled, Disabled */
  netbios: 'Default' | 'Enabled' | 'Disabled' | 'Unknown';
}

export interface WindowsNetworkFacts {
  /** the IP-enabled adapters */
  adapters: NetworkAdapter[];
}

export interface LocalUser {
  name: string;
  sid: string;
  enabled: boolean;
}

export interface GroupMember {
  name: string;
  sid: string;
  /** User, Group */
  objectClass: string;
  /** Local, ActiveDirectory, AzureAD, MicrosoftAccount, Unknown */
  principalSource: string;
}

export interface WindowsAccountsFacts {
  users: LocalUser[];
  /** members of the local Administrators group (S-1-5-32-544); null on a domain controller (no local groups) */
  administrators: GroupMember[] | null;
}

export interface WindowsUpdatesFacts {
  /** the newest InstalledOn date among Get-HotFix entries (ISO), null when none has a date */
  lastInstalled: string | null;
  /** whole days between lastInstalled and the target's clock; null when unknown */
  daysSinceLastPatch: number | null;
  hotfixes: { id: string; installedOn: string | null }[];
  rebootPending: boolean;
  /** the registry markers that say so */
  rebootReasons: string[];
}

export interface WindowsSecureBootFacts {
  /** UEFI firmware (Confirm-SecureBootUEFI answers); false on legacy BIOS */
  uefi: boolean;
  enabled: boolean;
}

/** Win32_DeviceGuard (root\Microsoft\Windows\DeviceGuard) */
export interface WindowsDeviceGuardFacts {
  /** 0 off, 1 enabled but not running, 2 running */
  virtualizationBasedSecurityStatus: number;
  /** 1 Credential Guard, 2 memory integrity (HVCI), 3 System Guard Secure Launch... */
  securityServicesConfigured: number[];
  securityServicesRunning: number[];
  /** WDAC kernel-mode policy: 0 off, 1 audit, 2 enforced */
  codeIntegrityPolicyEnforcementStatus: number;
  /** WDAC user-mode policy: 0 off, 1 audit, 2 enforced */
  usermodeCodeIntegrityPolicyEnforcementStatus: number;
}

export interface AppLockerCollection {
  /** Exe, Msi, Script, Dll, Appx */
  type: string;
  /** Enabled (enforce), AuditOnly, NotConfigured */
  enforcementMode: string;
  rules: number;
}

export interface WindowsAppLockerFacts {
  collections: AppLockerCollection[];
}

/** The WinRM service's own configuration (WSMan:\localhost\Service), and the policy that may force it. */
export interface WindowsWinRmFacts {
  /** the WinRM service answers locally (the WSMan: drive could be read) */
  configured: boolean;
  allowUnencrypted: boolean | null;
  basicAuth: boolean | null;
}

export interface HyperVAdapter {
  name: string;
  switchName: string;
  /** Get-VMNetworkAdapterAcl entries on this port */
  acls: number;
  /** Get-VMNetworkAdapterExtendedAcl entries on this port */
  extendedAcls: number;
}

export interface HyperVVm {
  name: string;
  generation: number;
  /** Get-VMFirmware SecureBoot (generation 2 only) */
  secureBoot: boolean;
  /** Get-VMSecurity */
  tpmEnabled: boolean;
  shielded: boolean;
  adapters: HyperVAdapter[];
}

export interface WindowsHyperVFacts {
  vms: HyperVVm[];
  switches: { name: string; switchType: 'Private' | 'Internal' | 'External' | 'Unknown' }[];
}

declare module '../../engine/facts.js' {
  interface FactTypes {
    'windows.os': WindowsOsFacts;
    'windows.registry': WindowsRegistryFacts;
    'windows.secpol': WindowsSecpolFacts;
    'windows.auditpol': WindowsAuditpolFacts;
    'windows.firewall': WindowsFirewallFacts;
    'windows.defender': WindowsDefenderFacts;
    'windows.bitlocker': WindowsBitLockerFacts;
    'windows.smb': WindowsSmbFacts;
    'windows.features': WindowsFeaturesFacts;
    'windows.eventlogs': WindowsEventLogFacts;
    'windows.network': WindowsNetworkFacts;
    'windows.accounts': WindowsAccountsFacts;
    'windows.updates': WindowsUpdatesFacts;
    'windows.secureboot': WindowsSecureBootFacts;
    'windows.deviceguard': WindowsDeviceGuardFacts;
    'windows.applocker': WindowsAppLockerFacts;
    'windows.winrm': WindowsWinRmFacts;
    'windows.hyperv': WindowsHyperVFacts;
  }
}

export const WINDOWS_FACTS = [
  'windows.os', 'windows.registry', 'windows.secpol', 'windows.auditpol', 'windows.firewall', 'windows.defender', 'windows.bitlocker', 'windows.smb', 'windows.features',
  'windows.eventlogs', 'windows.network', 'windows.accounts', 'windows.updates', 'windows.secureboot', 'windows.deviceguard', 'windows.applocker', 'windows.winrm', 'windows.hyperv',
] as const;
