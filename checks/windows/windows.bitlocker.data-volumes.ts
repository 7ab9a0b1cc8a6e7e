import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'windows.bitlocker.data-volumes',
  title: 'Fixed data volumes are protected by BitLocker',
  rationale: 'Data volumes hold the databases, shares and backups a server exists for; unencrypted, they are readable by anyone who gets the disk or a copy of it.',
  severity: 'medium',
  pillar: 'data',
  function: 'Data Protection (at rest)',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.bitlocker'],
  references: [
    'Microsoft, BitLocker: fixed data drives (policy settings): https://learn.microsoft.com/windows/security/operating-system-security/data-protection/bitlocker/configure',
    'Microsoft, Get-BitLockerVolume: https://learn.microsoft.com/powershell/module/bitlocker/get-bitlockervolume',
    'NIST SP 800-53 SC-28(1)',
  ],
  remediation: 'Encrypt each fixed data volume and unlock it automatically with the system volume: Enable-BitLocker -MountPoint D: -EncryptionMethod XtsAes256 -RecoveryPasswordProtector; Enable-BitLockerAutoUnlock -MountPoint D:.',
  messages: { off: '{{mount}} is not protected ({{status}})' },
  evaluate({ 'windows.bitlocker': bl }, ctx) {
    if (!bl.installed) return ctx.error('BitLocker is not installed, so the data volumes could not be listed (windows.bitlocker.os-volume reports it)');
    const data = bl.volumes.filter((v) => v.volumeType === 'Data');
    if (data.length === 0) return ctx.notApplicable('no fixed data volume');
    return data.map((v) => {
      const resource = { kind: 'Volume', name: v.mountPoint };
      const evidence = `ProtectionStatus = ${v.protectionStatus}, VolumeStatus = ${v.volumeStatus}, EncryptionMethod = ${v.encryptionMethod}`;
      return v.protectionStatus === 'On' ? ctx.pass(undefined, undefined, { resource, evidence }) : ctx.fail('off', { mount: v.mountPoint, status: evidence }, { resource });
    });
  },
});
