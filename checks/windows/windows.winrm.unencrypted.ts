import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'windows.winrm.unencrypted',
  title: 'The WinRM service refuses unencrypted traffic',
  rationale: 'AllowUnencrypted lets commands, output and (with Basic) passwords cross the network in clear over HTTP.',
  severity: 'high',
  pillar: 'networks',
  function: 'Network Traffic Encryption',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.winrm'],
  references: [
    "CIS Microsoft Windows Server 2022 Benchmark, Windows Remote Management (WinRM) > WinRM Service: 'Allow unencrypted traffic' = Disabled",
    'Microsoft, Installation and configuration for Windows Remote Management (AllowUnencrypted): https://learn.microsoft.com/windows/win32/winrm/installation-and-configuration-for-windows-remote-management',
  ],
  remediation: 'Group Policy: Windows Components > Windows Remote Management > WinRM Service > Allow unencrypted traffic = Disabled (or Set-Item WSMan:\\localhost\\Service\\AllowUnencrypted $false); clients use HTTPS or Kerberos/NTLM message encryption.',
  messages: { on: 'the WinRM service accepts unencrypted traffic{{where}}' },
  evaluate({ 'windows.winrm': w }, ctx) {
    if (w.allowUnencrypted === null) return ctx.error('the WinRM service configuration could not be read');
    const where = w.configured ? '' : ' (Group Policy AllowUnencryptedTraffic = 1)';
    return w.allowUnencrypted ? ctx.fail('on', { where }) : ctx.pass(undefined, undefined, { evidence: w.configured ? 'WSMan:\\localhost\\Service\\AllowUnencrypted = false' : 'Group Policy AllowUnencryptedTraffic = 0' });
  },
});
