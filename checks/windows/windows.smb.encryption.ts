import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'windows.smb.encryption',
  title: 'The SMB server encrypts every session and refuses unencrypted access',
  rationale: 'SMB 3 encryption protects file data in transit on networks that cannot be trusted; RejectUnencryptedAccess keeps clients without it from silently reading in clear.',
  severity: 'medium',
  pillar: 'data',
  function: 'Data Protection (in transit)',
  stage: 'advanced',
  targetKinds: ['windows'],
  facts: ['windows.smb'],
  references: [
    'Microsoft, SMB security enhancements (SMB encryption): https://learn.microsoft.com/windows-server/storage/file-server/smb-security',
    'Microsoft, Set-SmbServerConfiguration: https://learn.microsoft.com/powershell/module/smbshare/set-smbserverconfiguration',
    'NIST SP 800-53 SC-8(1)',
  ],
  remediation: 'Set-SmbServerConfiguration -EncryptData $true -RejectUnencryptedAccess $true (or encrypt per share: Set-SmbShare -Name NAME -EncryptData $true).',
  messages: { clear: '{{what}}' },
  evaluate({ 'windows.smb': smb }, ctx) {
    const problems = [smb.encryptData ? '' : 'EncryptData = False', smb.rejectUnencryptedAccess ? '' : 'RejectUnencryptedAccess = False'].filter(Boolean);
    return problems.length ? ctx.fail('clear', { what: `SMB sessions are not all encrypted (${problems.join(', ')})` }) : ctx.pass(undefined, undefined, { evidence: 'EncryptData = True, RejectUnencryptedAccess = True' });
  },
});
