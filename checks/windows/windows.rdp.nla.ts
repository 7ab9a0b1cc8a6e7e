import { defineCheck } from '../../src/engine/check.js';
import { REG, policyOr } from '../../src/kit/windows/check-kit.js';

export default defineCheck({
  id: 'windows.rdp.nla',
  title: 'Remote Desktop requires Network Level Authentication',
  rationale: 'Without NLA, anyone who reaches port 3389 gets a full logon session (and its pre-authentication attack surface, as BlueKeep showed) before proving who they are.',
  severity: 'high',
  pillar: 'identity',
  function: 'Authentication',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.registry'],
  references: [
    "CIS Microsoft Windows Server 2022 Benchmark, Remote Desktop Session Host > Security: 'Require user authentication for remote connections by using Network Level Authentication' = Enabled",
    'CISA Alert AA19-168A (BlueKeep): enable Network Level Authentication',
  ],
  remediation: 'Group Policy: Remote Desktop Services > Remote Desktop Session Host > Security > Require user authentication for remote connections by using Network Level Authentication = Enabled (UserAuthentication = 1).',
  messages: { off: 'Remote Desktop accepts connections without NLA ({{value}})' },
  evaluate({ 'windows.registry': reg }, ctx) {
    const deny = policyOr(reg, REG.rdpDenyPolicy, REG.rdpDeny);
    if (deny?.value === 1) return ctx.notApplicable('Remote Desktop is disabled (fDenyTSConnections = 1)');
    const nla = policyOr(reg, REG.rdpNlaPolicy, REG.rdpNla);
    if (nla?.value === 1) return ctx.pass(undefined, undefined, { evidence: `UserAuthentication = 1 (${nla.from.includes('Policies') ? 'Group Policy' : 'RDP-Tcp'})` });
    return ctx.fail('off', { value: nla ? `UserAuthentication = ${nla.value}` : 'UserAuthentication not set' });
  },
});
