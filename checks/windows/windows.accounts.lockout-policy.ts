import { defineCheck } from '../../src/engine/check.js';
import { secpolNumber } from '../../src/kit/windows/check-kit.js';

export default defineCheck({
  id: 'windows.accounts.lockout-policy',
  title: 'Accounts lock after at most 5 bad passwords, for at least 15 minutes',
  rationale: 'Without a lockout threshold, online password guessing against SMB, RDP and WinRM runs unchecked.',
  severity: 'medium',
  pillar: 'identity',
  function: 'Authentication',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.secpol'],
  references: [
    "CIS Microsoft Windows Server 2022 Benchmark, Account Lockout Policy: 'Account lockout duration' = 15 or more minutes; 'Account lockout threshold' = 5 or fewer invalid attempts, but not 0; 'Reset account lockout counter after' = 15 or more minutes",
    'Microsoft, Account Lockout Policy: https://learn.microsoft.com/previous-versions/windows/it-pro/windows-10/security/threat-protection/security-policy-settings/account-lockout-policy',
  ],
  remediation: 'Account Lockout Policy (domain policy for domain accounts, local policy for local ones): threshold 5 or fewer (not 0), duration 15 minutes or more, reset counter after 15 minutes or more.',
  messages: { weak: '{{what}}' },
  evaluate({ 'windows.secpol': p }, ctx) {
    const threshold = secpolNumber(p, 'LockoutBadCount');
    if (threshold === undefined) return ctx.error('secedit did not export LockoutBadCount');
    if (threshold === 0) return ctx.fail('weak', { what: 'accounts never lock (LockoutBadCount = 0)' });
    const duration = secpolNumber(p, 'LockoutDuration');
    const reset = secpolNumber(p, 'ResetLockoutCount');
    const problems = [
      threshold > 5 ? `LockoutBadCount = ${threshold} (5 or fewer)` : '',
      duration !== undefined && duration !== -1 && duration < 15 ? `LockoutDuration = ${duration} minutes (15 or more)` : '',
      reset !== undefined && reset < 15 ? `ResetLockoutCount = ${reset} minutes (15 or more)` : '',
    ].filter(Boolean);
    return problems.length ? ctx.fail('weak', { what: problems.join('; ') }) : ctx.pass(undefined, undefined, { evidence: `LockoutBadCount = ${threshold}, LockoutDuration = ${duration ?? 'not set'}, ResetLockoutCount = ${reset ?? 'not set'}` });
  },
});
