import { defineCheck } from '../../src/engine/check.js';
import { secpolNumber } from '../../src/kit/windows/check-kit.js';

export default defineCheck({
  id: 'windows.accounts.password-policy',
  title: 'The password policy requires 14 characters, complexity and history, and no reversible encryption',
  rationale: 'Short or simple passwords fall to offline cracking of captured hashes in minutes; reversible encryption stores passwords that can be decrypted.',
  severity: 'high',
  pillar: 'identity',
  function: 'Authentication',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.secpol'],
  references: [
    "CIS Microsoft Windows Server 2022 Benchmark, Password Policy: 'Enforce password history' = 24 or more; 'Maximum password age' = 365 or fewer days, but not 0; 'Minimum password length' = 14 or more; 'Password must meet complexity requirements' = Enabled; 'Store passwords using reversible encryption' = Disabled",
    'Microsoft, Password Policy: https://learn.microsoft.com/previous-versions/windows/it-pro/windows-10/security/threat-protection/security-policy-settings/password-policy',
  ],
  remediation: 'Password Policy (the domain policy for domain accounts, local policy for local ones): minimum length 14, complexity Enabled, history 24, maximum age 365 days or less (not 0), reversible encryption Disabled.',
  messages: { weak: '{{what}}' },
  evaluate({ 'windows.secpol': p }, ctx) {
    const n = (k: string): number | undefined => secpolNumber(p, k);
    const missing = ['MinimumPasswordLength', 'PasswordComplexity', 'PasswordHistorySize', 'MaximumPasswordAge'].filter((k) => n(k) === undefined);
    if (missing.length) return ctx.error(`secedit did not export ${missing.join(', ')}`);
    const maxAge = n('MaximumPasswordAge')!;
    const problems = [
      n('MinimumPasswordLength')! < 14 ? `MinimumPasswordLength = ${n('MinimumPasswordLength')} (14 or more)` : '',
      n('PasswordComplexity') !== 1 ? 'PasswordComplexity = 0 (complexity off)' : '',
      n('PasswordHistorySize')! < 24 ? `PasswordHistorySize = ${n('PasswordHistorySize')} (24 or more)` : '',
      maxAge === 0 || maxAge === -1 || maxAge > 365 ? `MaximumPasswordAge = ${maxAge} (1 to 365 days)` : '',
      n('ClearTextPassword') === 1 ? 'ClearTextPassword = 1 (reversible encryption)' : '',
    ].filter(Boolean);
    return problems.length ? ctx.fail('weak', { what: problems.join('; ') }) : ctx.pass(undefined, undefined, { evidence: `MinimumPasswordLength = ${n('MinimumPasswordLength')}, complexity on, history ${n('PasswordHistorySize')}, maximum age ${maxAge}` });
  },
});
