import { defineCheck } from '../../src/engine/check.js';
import { secpolNumber } from '../../src/kit/windows/check-kit.js';

export default defineCheck({
  id: 'windows.accounts.guest-disabled',
  title: 'The Guest account is disabled',
  rationale: 'An enabled Guest account lets anyone log on, over the network included, without a password of their own.',
  severity: 'high',
  pillar: 'identity',
  function: 'Authentication',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.secpol'],
  references: [
    "CIS Microsoft Windows Server 2022 Benchmark, Security Options: 'Accounts: Guest account status' = Disabled",
    'Microsoft, Accounts: Guest account status: https://learn.microsoft.com/previous-versions/windows/it-pro/windows-10/security/threat-protection/security-policy-settings/accounts-guest-account-status',
  ],
  remediation: "Disable-LocalUser -SID (the -501 account), or Security Options 'Accounts: Guest account status' = Disabled.",
  messages: { enabled: 'the Guest account ({{name}}) is enabled' },
  evaluate({ 'windows.secpol': p }, ctx) {
    const v = secpolNumber(p, 'EnableGuestAccount');
    if (v === undefined) return ctx.error('secedit did not export EnableGuestAccount');
    const name = String(p.systemAccess.NewGuestName ?? 'Guest');
    return v === 0 ? ctx.pass(undefined, undefined, { evidence: `EnableGuestAccount = 0 (${name})` }) : ctx.fail('enabled', { name });
  },
});
