import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'windows.defender.realtime-protection',
  title: 'Microsoft Defender Antivirus runs with real-time protection on',
  rationale: 'Without real-time protection, malware is only found by a scheduled or manual scan, after it has run.',
  severity: 'high',
  pillar: 'devices',
  function: 'Device Threat Protection',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.defender'],
  references: [
    "CIS Microsoft Windows Server 2022 Benchmark, Microsoft Defender Antivirus > Real-time Protection: 'Turn off real-time protection' = Disabled",
    'Microsoft, Get-MpComputerStatus: https://learn.microsoft.com/powershell/module/defender/get-mpcomputerstatus',
    'NIST SP 800-53 SI-3',
  ],
  remediation: "Turn real-time protection on (Set-MpPreference -DisableRealtimeMonitoring $false) and make sure no Group Policy sets 'Turn off real-time protection'; if another antimalware product is the primary one, record the exception.",
  messages: { off: '{{what}}' },
  evaluate({ 'windows.defender': d }, ctx) {
    if (!d.antivirusEnabled) return ctx.fail('off', { what: 'Microsoft Defender Antivirus is disabled (AntivirusEnabled = False)' });
    if (!d.realTimeProtectionEnabled) return ctx.fail('off', { what: 'real-time protection is off (RealTimeProtectionEnabled = False)' });
    return ctx.pass(undefined, undefined, { evidence: 'AntivirusEnabled = True, RealTimeProtectionEnabled = True' });
  },
});
