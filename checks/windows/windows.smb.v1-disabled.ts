import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'windows.smb.v1-disabled',
  title: 'SMBv1 is off and its feature removed',
  rationale: 'SMBv1 has no pre-authentication integrity or encryption and carried EternalBlue (MS17-010), the hole WannaCry and NotPetya spread through.',
  severity: 'high',
  pillar: 'networks',
  function: 'Network Segmentation',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.smb', 'windows.features'],
  references: [
    "CIS Microsoft Windows Server 2022 Benchmark, MS Security Guide: 'Configure SMB v1 server' = Disabled",
    'Microsoft, How to detect, enable and disable SMBv1, SMBv2, and SMBv3 in Windows: https://learn.microsoft.com/windows-server/storage/file-server/troubleshoot/detect-enable-and-disable-smbv1-v2-v3',
    'CISA Alert TA17-132A (WannaCry): disable SMBv1',
  ],
  remediation: 'Set-SmbServerConfiguration -EnableSMB1Protocol $false, then remove the feature: Uninstall-WindowsFeature FS-SMB1 (Disable-WindowsOptionalFeature -Online -FeatureName SMB1Protocol on a workstation).',
  messages: { on: '{{what}}' },
  evaluate({ 'windows.smb': smb, 'windows.features': features }, ctx) {
    const problems: string[] = [];
    if (smb.enableSMB1Protocol) problems.push('the SMB server accepts SMBv1 (EnableSMB1Protocol = True)');
    const feature = features.features.find((f) => /^(FS-SMB1|SMB1Protocol)$/i.test(f.name) && f.installed);
    if (feature) problems.push(`the ${feature.name} feature is installed`);
    return problems.length ? ctx.fail('on', { what: problems.join('; ') }) : ctx.pass(undefined, undefined, { evidence: 'EnableSMB1Protocol = False; FS-SMB1 not installed' });
  },
});
