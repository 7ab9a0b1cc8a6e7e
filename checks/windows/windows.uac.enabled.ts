import { defineCheck } from '../../src/engine/check.js';
import { REG, regNumber } from '../../src/kit/windows/check-kit.js';

export default defineCheck({
  id: 'windows.uac.enabled',
  title: 'User Account Control is on and prompts administrators',
  rationale: 'With UAC off or elevating without a prompt, every process an administrator starts (a phishing attachment included) runs with full rights; the built-in Administrator outside Admin Approval Mode is the same.',
  severity: 'high',
  pillar: 'identity',
  function: 'Access Management',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.registry'],
  references: [
    "CIS Microsoft Windows Server 2022 Benchmark, Security Options > User Account Control: 'Run all administrators in Admin Approval Mode' = Enabled; 'Behavior of the elevation prompt for administrators in Admin Approval Mode' = Prompt for consent on the secure desktop; 'Admin Approval Mode for the Built-in Administrator account' = Enabled",
    'Microsoft, User Account Control settings and configuration: https://learn.microsoft.com/windows/security/application-security/application-control/user-account-control/settings-and-configuration',
  ],
  remediation: 'Security Options > User Account Control: Run all administrators in Admin Approval Mode = Enabled (EnableLUA = 1); Behavior of the elevation prompt for administrators = Prompt for consent (or credentials) on the secure desktop (ConsentPromptBehaviorAdmin = 2 or 1); Admin Approval Mode for the Built-in Administrator account = Enabled (FilterAdministratorToken = 1).',
  messages: { weak: '{{what}}' },
  evaluate({ 'windows.registry': reg }, ctx) {
    // documented defaults when unset: EnableLUA 1, ConsentPromptBehaviorAdmin 5, FilterAdministratorToken 0
    const lua = regNumber(reg, REG.enableLua) ?? 1;
    const consent = regNumber(reg, REG.consentPromptAdmin) ?? 5;
    const filter = regNumber(reg, REG.filterAdministratorToken) ?? 0;
    const problems: string[] = [];
    if (lua !== 1) problems.push('UAC is off (EnableLUA = 0)');
    if (consent !== 1 && consent !== 2) problems.push(`administrators are ${consent === 0 ? 'elevated without a prompt' : 'not prompted on the secure desktop'} (ConsentPromptBehaviorAdmin = ${consent})`);
    if (filter !== 1) problems.push('the built-in Administrator runs without Admin Approval Mode (FilterAdministratorToken = 0)');
    return problems.length ? ctx.fail('weak', { what: problems.join('; ') }) : ctx.pass(undefined, undefined, { evidence: `EnableLUA = 1, ConsentPromptBehaviorAdmin = ${consent}, FilterAdministratorToken = 1` });
  },
});
