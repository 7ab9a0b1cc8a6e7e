import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'windows.winrm.basic-auth',
  title: 'The WinRM service refuses Basic authentication',
  rationale: 'Basic authentication sends the password itself with every request (only base64-encoded) and works for local accounts, which makes WinRM an easy password-spraying and credential-capture target.',
  severity: 'high',
  pillar: 'identity',
  function: 'Authentication',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.winrm'],
  references: [
    "CIS Microsoft Windows Server 2022 Benchmark, Windows Remote Management (WinRM) > WinRM Service: 'Allow Basic authentication' = Disabled",
    'Microsoft, Security considerations for PowerShell remoting using WinRM: https://learn.microsoft.com/powershell/scripting/security/remoting/winrm-security',
  ],
  remediation: "Group Policy: Windows Components > Windows Remote Management > WinRM Service > Allow Basic authentication = Disabled (or Set-Item WSMan:\\localhost\\Service\\Auth\\Basic $false); use Kerberos or NTLM over HTTPS.",
  messages: { on: 'the WinRM service accepts Basic authentication{{where}}' },
  evaluate({ 'windows.winrm': w }, ctx) {
    if (w.basicAuth === null) return ctx.error('the WinRM service configuration could not be read');
    const where = w.configured ? '' : ' (Group Policy AllowBasic = 1)';
    return w.basicAuth ? ctx.fail('on', { where }) : ctx.pass(undefined, undefined, { evidence: w.configured ? 'WSMan:\\localhost\\Service\\Auth\\Basic = false' : 'Group Policy AllowBasic = 0' });
  },
});
