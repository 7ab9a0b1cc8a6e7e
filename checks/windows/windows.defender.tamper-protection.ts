import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'windows.defender.tamper-protection',
  title: 'Microsoft Defender tamper protection is on',
  rationale: 'Tamper protection stops malware and local administrators from turning off real-time protection, cloud protection or the antivirus itself, the first thing ransomware operators do.',
  severity: 'medium',
  pillar: 'devices',
  function: 'Device Threat Protection',
  stage: 'advanced',
  targetKinds: ['windows'],
  facts: ['windows.defender'],
  references: [
    'Microsoft, Protect security settings with tamper protection: https://learn.microsoft.com/defender-endpoint/prevent-changes-to-security-settings-with-tamper-protection',
    'CISA #StopRansomware Guide (2023): keep endpoint protection from being disabled',
  ],
  remediation: 'Turn tamper protection on from Microsoft Defender for Endpoint / Intune (or Windows Security > Virus & threat protection settings on a standalone host).',
  messages: { off: 'tamper protection is off (IsTamperProtected = False)' },
  evaluate({ 'windows.defender': d }, ctx) {
    if (d.isTamperProtected === null) return ctx.error('Get-MpComputerStatus does not report IsTamperProtected on this Defender version');
    return d.isTamperProtected ? ctx.pass(undefined, undefined, { evidence: 'IsTamperProtected = True' }) : ctx.fail('off');
  },
});
