// The one read-only PowerShell script a Windows host runs: every section in its own try/catch, so
// a cmdlet that fails (or is missing) gives that section an error with PowerShell's own message
// and never stops the document. It prints ONE JSON document on stdout. Nothing here sets,
// enables or writes anything on the host except `secedit /export`'s output and log, written to
// two fresh temp files that are read and deleted in the same section.
// test/providers/windows/script.test.ts lists every command this text can run and holds each to an
// allowlist of read-only commands. Keep it ASCII, with no PowerShell backtick escapes (it is a
// template literal) and no `${` (template interpolation).

/** Registry keys and the values read from each (an unset value or a missing key is simply absent). */
export const REGISTRY_READS: readonly (readonly [string, ...string[]])[] = [
  ['HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Lsa', 'RunAsPPL', 'LsaCfgFlags', 'RestrictAnonymous', 'RestrictAnonymousSAM', 'EveryoneIncludesAnonymous', 'SCENoApplyLegacyAuditPolicy', 'LmCompatibilityLevel', 'NoLMHash'],
  ['HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\WDigest', 'UseLogonCredential'],
  ['HKLM:\\SYSTEM\\CurrentControlSet\\Control\\DeviceGuard', 'EnableVirtualizationBasedSecurity', 'RequirePlatformSecurityFeatures'],
  ['HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\DNSClient', 'EnableMulticast'],
  ['HKLM:\\SYSTEM\\CurrentControlSet\\Services\\Dnscache\\Parameters', 'EnableMDNS'],
  ['HKLM:\\SOFTWARE\\Microsoft\\Policies\\LAPS', 'BackupDirectory'],
  ['HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\LAPS', 'BackupDirectory'],
  ['HKLM:\\SOFTWARE\\Policies\\Microsoft Services\\AdmPwd', 'AdmPwdEnabled'],
  ['HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server', 'fDenyTSConnections'],
  ['HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp', 'UserAuthentication', 'SecurityLayer', 'MinEncryptionLevel'],
  ['HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services', 'fDenyTSConnections', 'UserAuthentication', 'SecurityLayer', 'MinEncryptionLevel'],
  ['HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows\\PowerShell\\ScriptBlockLogging', 'EnableScriptBlockLogging'],
  ['HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows\\PowerShell\\ModuleLogging', 'EnableModuleLogging'],
  ['HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System', 'EnableLUA', 'ConsentPromptBehaviorAdmin', 'PromptOnSecureDesktop', 'FilterAdministratorToken'],
  ['HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System\\Audit', 'ProcessCreationIncludeCmdLine_Enabled'],
  ['HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\SSL 2.0\\Server', 'Enabled', 'DisabledByDefault'],
  ['HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\SSL 3.0\\Server', 'Enabled', 'DisabledByDefault'],
  ['HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server', 'Enabled', 'DisabledByDefault'],
  ['HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.1\\Server', 'Enabled', 'DisabledByDefault'],
  ['HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows\\WinRM\\Service', 'AllowBasic', 'AllowUnencryptedTraffic'],
  ['HKLM:\\SYSTEM\\CurrentControlSet\\Services\\NTDS\\Parameters', 'LDAPServerIntegrity', 'LdapEnforceChannelBinding'],
  ['HKLM:\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer\\Parameters', 'RequireSecuritySignature', 'SMB1'],
];

/** The key whose value names (not values) say which modules PowerShell module logging covers. */
export const MODULE_NAMES_KEY = 'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows\\PowerShell\\ModuleLogging\\ModuleNames';

const psString = (s: string): string => `'${s.replace(/'/g, "''")}'`;
const registryTable = REGISTRY_READS.map((row) => `  @(${row.map(psString).join(', ')})`).join(',\n');

/** Event logs whose size and mode are read. */
export const EVENT_LOGS = ['Application', 'Security', 'System', 'Microsoft-Windows-PowerShell/Operational'] as const;

export const WINDOWS_SCRIPT = String.raw`# ztaudit Windows facts: read-only; prints one JSON document
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
# this process's own output encoding (nothing on the host changes): JSON leaves as UTF-8; a host
# with no console (some WinRM shells) refuses it, and the default encoding then stays
try { [Console]::OutputEncoding = [System.Text.Encoding]::UTF8 } catch { }
$zt = [ordered]@{ format = 'ztaudit-windows/1'; collectedAt = [DateTime]::UtcNow.ToString('o') }

function Get-ZtSection([string]$Name, [scriptblock]$Body) {
  try {
    $zt[$Name] = @{ ok = $true; value = (& $Body) }
  } catch {
    $missing = $_.Exception -is [System.Management.Automation.CommandNotFoundException]
    $zt[$Name] = @{ ok = $false; missing = $missing; error = [string]$_.Exception.Message }
  }
}

Get-ZtSection 'os' {
  $os = Get-CimInstance -ClassName Win32_OperatingSystem
  $cs = Get-CimInstance -ClassName Win32_ComputerSystem
  [ordered]@{ Caption = $os.Caption; Version = $os.Version; BuildNumber = $os.BuildNumber; ProductType = $os.ProductType; CSName = $os.CSName; PartOfDomain = $cs.PartOfDomain; DomainRole = $cs.DomainRole }
}
$ztIsDc = $zt['os'].ok -and ($zt['os'].value.ProductType -eq 2)

$ztRegistry = @(
${registryTable}
)
Get-ZtSection 'registry' {
  $values = [ordered]@{}
  $unreadable = [ordered]@{}
  foreach ($entry in $ztRegistry) {
    $key = $entry[0]
    if (-not (Test-Path -LiteralPath $key)) { continue }
    try {
      $item = Get-ItemProperty -LiteralPath $key
      foreach ($name in ($entry | Select-Object -Skip 1)) {
        $p = $item.PSObject.Properties[$name]
        if ($null -ne $p) { $values[($key -replace '^HKLM:', 'HKLM') + '\' + $name] = $p.Value }
      }
    } catch {
      $unreadable[$key -replace '^HKLM:', 'HKLM'] = [string]$_.Exception.Message
    }
  }
  $moduleNames = ${psString(MODULE_NAMES_KEY)}
  if (Test-Path -LiteralPath $moduleNames) { $values[($moduleNames -replace '^HKLM:', 'HKLM') + '\*'] = @((Get-Item -LiteralPath $moduleNames).Property) }
  @{ values = $values; unreadable = $unreadable }
}

Get-ZtSection 'secedit' {
  $tmp = Join-Path -Path ([System.IO.Path]::GetTempPath()) -ChildPath ('ztaudit-' + [guid]::NewGuid().ToString('N') + '.inf')
  $tmpLog = $tmp + '.log'
  try {
    $null = & secedit.exe /export /cfg $tmp /areas SECURITYPOLICY /log $tmpLog /quiet
    if ($LASTEXITCODE -ne 0) { throw ('secedit /export exited ' + $LASTEXITCODE) }
    Get-Content -LiteralPath $tmp -Raw -Encoding Unicode
  } finally {
    if (Test-Path -LiteralPath $tmp) { Remove-Item -LiteralPath $tmp -Force }
    if (Test-Path -LiteralPath $tmpLog) { Remove-Item -LiteralPath $tmpLog -Force }
  }
}

Get-ZtSection 'auditpol' {
  $csv = & auditpol.exe /get /category:* /r
  if ($LASTEXITCODE -ne 0) { throw ('auditpol /get exited ' + $LASTEXITCODE + ': ' + ($csv -join ' ')) }
  $csv -join [char]10
}

Get-ZtSection 'firewall' {
  @(Get-NetFirewallProfile -PolicyStore ActiveStore | Select-Object Name, Enabled, DefaultInboundAction, DefaultOutboundAction)
}

Get-ZtSection 'defender' {
  Get-MpComputerStatus | Select-Object AMServiceEnabled, AntivirusEnabled, RealTimeProtectionEnabled, IsTamperProtected, AntivirusSignatureAge, AntivirusSignatureVersion
}

Get-ZtSection 'bitlocker' {
  if (-not (Get-Command -Name Get-BitLockerVolume -ErrorAction SilentlyContinue)) { return @{ installed = $false; volumes = @() } }
  @{ installed = $true; volumes = @(Get-BitLockerVolume | Select-Object MountPoint, VolumeType, ProtectionStatus, VolumeStatus, EncryptionMethod, EncryptionPercentage) }
}

Get-ZtSection 'smb' {
  Get-SmbServerConfiguration | Select-Object EnableSMB1Protocol, EnableSMB2Protocol, RequireSecuritySignature, EnableSecuritySignature, EncryptData, RejectUnencryptedAccess
}

Get-ZtSection 'features' {
  if (Get-Command -Name Get-WindowsFeature -ErrorAction SilentlyContinue) {
    @{ source = 'WindowsFeature'; features = @(Get-WindowsFeature -Name PowerShell-V2, FS-SMB1, Hyper-V, AD-Domain-Services | Select-Object Name, Installed) }
  } else {
    $wanted = @('MicrosoftWindowsPowerShellV2Root', 'MicrosoftWindowsPowerShellV2', 'SMB1Protocol', 'Microsoft-Hyper-V')
    @{ source = 'WindowsOptionalFeature'; features = @(Get-WindowsOptionalFeature -Online | Where-Object { $wanted -contains $_.FeatureName } | Select-Object FeatureName, @{ n = 'State'; e = { [string]$_.State } }) }
  }
}

Get-ZtSection 'eventlogs' {
  @(Get-WinEvent -ListLog ${EVENT_LOGS.map(psString).join(', ')} | Select-Object LogName, MaximumSizeInBytes, IsEnabled, LogMode)
}

Get-ZtSection 'network' {
  @(Get-CimInstance -ClassName Win32_NetworkAdapterConfiguration -Filter 'IPEnabled = TRUE' | Select-Object Description, TcpipNetbiosOptions)
}

Get-ZtSection 'accounts' {
  # a domain controller has no local accounts or groups: its administrators are the domain's
  if ($ztIsDc) { return @{ users = $null; administrators = $null } }
  $users = @(Get-LocalUser | Select-Object Name, @{ n = 'SID'; e = { [string]$_.SID } }, Enabled)
  $admins = @(Get-LocalGroupMember -SID 'S-1-5-32-544' | Select-Object Name, @{ n = 'SID'; e = { [string]$_.SID } }, ObjectClass, @{ n = 'PrincipalSource'; e = { [string]$_.PrincipalSource } })
  @{ users = $users; administrators = $admins }
}

Get-ZtSection 'updates' {
  $hotfixes = @(Get-HotFix | Select-Object HotFixID, @{ n = 'InstalledOn'; e = { if ($_.InstalledOn) { $_.InstalledOn.ToString('yyyy-MM-dd') } else { $null } } })
  $reasons = @()
  if (Test-Path -LiteralPath 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate\Auto Update\RebootRequired') { $reasons += 'WindowsUpdate\Auto Update\RebootRequired' }
  if (Test-Path -LiteralPath 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Component Based Servicing\RebootPending') { $reasons += 'Component Based Servicing\RebootPending' }
  @{ hotfixes = $hotfixes; rebootReasons = $reasons }
}

Get-ZtSection 'secureboot' {
  try {
    @{ uefi = $true; enabled = [bool](Confirm-SecureBootUEFI) }
  } catch [System.PlatformNotSupportedException] {
    @{ uefi = $false; enabled = $false }
  }
}

Get-ZtSection 'deviceguard' {
  Get-CimInstance -Namespace 'root\Microsoft\Windows\DeviceGuard' -ClassName Win32_DeviceGuard | Select-Object VirtualizationBasedSecurityStatus, SecurityServicesConfigured, SecurityServicesRunning, CodeIntegrityPolicyEnforcementStatus, UsermodeCodeIntegrityPolicyEnforcementStatus
}

Get-ZtSection 'applocker' {
  [string](Get-AppLockerPolicy -Effective -Xml)
}

Get-ZtSection 'winrm' {
  @{ AllowUnencrypted = [string](Get-Item -LiteralPath 'WSMan:\localhost\Service\AllowUnencrypted').Value; Basic = [string](Get-Item -LiteralPath 'WSMan:\localhost\Service\Auth\Basic').Value }
}

Get-ZtSection 'hyperv' {
  if (-not (Get-Command -Name Get-VM -ErrorAction SilentlyContinue)) { return @{ installed = $false } }
  $vms = @(Get-VM | ForEach-Object {
    $vm = $_
    $fw = if ($vm.Generation -eq 2) { Get-VMFirmware -VM $vm } else { $null }
    $sec = Get-VMSecurity -VM $vm
    [ordered]@{
      Name = $vm.Name
      Generation = $vm.Generation
      SecureBoot = if ($fw) { [string]$fw.SecureBoot } else { 'Off' }
      TpmEnabled = $sec.TpmEnabled
      Shielded = $sec.Shielded
      Adapters = @(Get-VMNetworkAdapter -VM $vm | ForEach-Object { [ordered]@{ Name = $_.Name; SwitchName = $_.SwitchName; Acls = @(Get-VMNetworkAdapterAcl -VMNetworkAdapter $_).Count; ExtendedAcls = @(Get-VMNetworkAdapterExtendedAcl -VMNetworkAdapter $_).Count } })
    }
  })
  @{ installed = $true; vms = $vms; switches = @(Get-VMSwitch | Select-Object Name, SwitchType) }
}

$zt | ConvertTo-Json -Depth 8 -Compress
`;
