import { defineCheck } from '../../src/engine/check.js';

/** Defender's own "signatures out of date" threshold (AVSignatureDue) defaults to 7 days. */
const MAX_DAYS = 7;

export default defineCheck({
  id: 'windows.defender.signature-age',
  title: 'Microsoft Defender antivirus signatures are at most 7 days old',
  rationale: 'Signatures older than a week miss the malware families and variants released since; Defender itself reports them out of date after 7 days.',
  severity: 'medium',
  pillar: 'devices',
  function: 'Device Threat Protection',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.defender'],
  references: [
    'Microsoft, Manage Microsoft Defender Antivirus updates and apply baselines: https://learn.microsoft.com/defender-endpoint/manage-updates-baselines-microsoft-defender-antivirus',
    'Microsoft, Get-MpComputerStatus (AntivirusSignatureAge): https://learn.microsoft.com/powershell/module/defender/get-mpcomputerstatus',
    'NIST SP 800-53 SI-3(2)',
  ],
  remediation: 'Let the host reach its update source (Windows Update, WSUS, a file share or the Microsoft Malware Protection Center) and run Update-MpSignature; check the update schedule in Group Policy (Security Intelligence Updates).',
  messages: { stale: 'antivirus signatures are {{days}} days old (at most {{max}})' },
  evaluate({ 'windows.defender': d }, ctx) {
    const evidence = `AntivirusSignatureAge = ${d.antivirusSignatureAge}${d.antivirusSignatureVersion ? ` (version ${d.antivirusSignatureVersion})` : ''}`;
    return d.antivirusSignatureAge <= MAX_DAYS ? ctx.pass(undefined, undefined, { evidence }) : ctx.fail('stale', { days: d.antivirusSignatureAge, max: MAX_DAYS }, { evidence });
  },
});
