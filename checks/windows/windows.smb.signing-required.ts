import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'windows.smb.signing-required',
  title: 'The SMB server requires signing',
  rationale: 'Without required signing, SMB sessions can be relayed and tampered with: NTLM relay to SMB is one of the most common lateral-movement steps in Active Directory.',
  severity: 'high',
  pillar: 'networks',
  function: 'Network Traffic Integrity',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.smb'],
  references: [
    "CIS Microsoft Windows Server 2022 Benchmark: 'Microsoft network server: Digitally sign communications (always)' = Enabled",
    'Microsoft, Overview of Server Message Block signing: https://learn.microsoft.com/troubleshoot/windows-server/networking/overview-server-message-block-signing',
    'NSA, Mitigating the use of NTLM relay / Top Ten Cybersecurity Misconfigurations (NSA/CISA 2023): lack of SMB signing',
  ],
  remediation: "Set-SmbServerConfiguration -RequireSecuritySignature $true, or Group Policy 'Microsoft network server: Digitally sign communications (always)' = Enabled.",
  messages: { optional: 'SMB signing is not required (RequireSecuritySignature = False)' },
  evaluate({ 'windows.smb': smb }, ctx) {
    return smb.requireSecuritySignature ? ctx.pass(undefined, undefined, { evidence: 'RequireSecuritySignature = True' }) : ctx.fail('optional');
  },
});
