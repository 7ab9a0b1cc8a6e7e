import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'windows.bitlocker.os-volume',
  title: 'The operating system volume is protected by BitLocker',
  rationale: 'An unencrypted system volume gives whoever holds the disk (a stolen server, a decommissioned drive, a copied VM disk) the SAM and LSA secrets, cached credentials and every file.',
  severity: 'high',
  pillar: 'data',
  function: 'Data Protection (at rest)',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.bitlocker'],
  references: [
    'Microsoft, BitLocker overview: https://learn.microsoft.com/windows/security/operating-system-security/data-protection/bitlocker/',
    'Microsoft, Get-BitLockerVolume: https://learn.microsoft.com/powershell/module/bitlocker/get-bitlockervolume',
    'NIST SP 800-53 SC-28(1)',
  ],
  remediation: 'Install the BitLocker feature (Install-WindowsFeature BitLocker) and encrypt the system volume with a TPM protector (Enable-BitLocker -MountPoint C: -EncryptionMethod XtsAes256 -TpmProtector), escrowing the recovery password in Active Directory or Entra ID.',
  messages: { notInstalled: 'BitLocker is not installed', off: '{{mount}} is not protected ({{status}})' },
  evaluate({ 'windows.bitlocker': bl }, ctx) {
    if (!bl.installed) return ctx.fail('notInstalled');
    const os = bl.volumes.filter((v) => v.volumeType === 'OperatingSystem');
    if (os.length === 0) return ctx.error('Get-BitLockerVolume listed no operating system volume');
    return os.map((v) => {
      const resource = { kind: 'Volume', name: v.mountPoint };
      const evidence = `ProtectionStatus = ${v.protectionStatus}, VolumeStatus = ${v.volumeStatus}, EncryptionMethod = ${v.encryptionMethod}`;
      return v.protectionStatus === 'On' ? ctx.pass(undefined, undefined, { resource, evidence }) : ctx.fail('off', { mount: v.mountPoint, status: evidence }, { resource });
    });
  },
});
