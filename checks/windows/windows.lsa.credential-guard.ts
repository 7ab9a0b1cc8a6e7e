import { defineCheck } from '../../src/engine/check.js';

/** Win32_DeviceGuard SecurityServices: 1 = Credential Guard. */
const CREDENTIAL_GUARD = 1;

export default defineCheck({
  id: 'windows.lsa.credential-guard',
  title: 'Credential Guard is running',
  rationale: 'Credential Guard keeps NTLM hashes and Kerberos tickets in a virtualization-isolated LSA, out of reach of pass-the-hash and pass-the-ticket tools even with administrator rights.',
  severity: 'medium',
  pillar: 'identity',
  function: 'Authentication',
  stage: 'advanced',
  targetKinds: ['windows'],
  facts: ['windows.deviceguard', 'windows.os'],
  references: [
    'Microsoft, Configure Credential Guard: https://learn.microsoft.com/windows/security/identity-protection/credential-guard/configure',
    "CIS Microsoft Windows Server 2022 Benchmark, System > Device Guard: 'Turn On Virtualization Based Security: Credential Guard Configuration' = Enabled with UEFI lock (member servers)",
    'NSA, Top Ten Cybersecurity Mitigation Strategies: protect privileges and credentials',
  ],
  remediation: 'Enable virtualization-based security with Credential Guard (Group Policy: System > Device Guard > Turn On Virtualization Based Security, Credential Guard Configuration = Enabled with UEFI lock; LsaCfgFlags = 1) on hardware with VBS support, then reboot.',
  messages: { off: 'Credential Guard is not running ({{why}})' },
  evaluate({ 'windows.deviceguard': dg, 'windows.os': os }, ctx) {
    if (os.roles.domainController) return ctx.notApplicable('Credential Guard is not supported on domain controllers');
    if (dg.securityServicesRunning.includes(CREDENTIAL_GUARD)) return ctx.pass(undefined, undefined, { evidence: `SecurityServicesRunning = ${dg.securityServicesRunning.join(',')}` });
    const why = dg.securityServicesConfigured.includes(CREDENTIAL_GUARD)
      ? 'configured but not running: the hardware or a pending reboot keeps it off'
      : `not configured; virtualization-based security status ${dg.virtualizationBasedSecurityStatus}`;
    return ctx.fail('off', { why });
  },
});
