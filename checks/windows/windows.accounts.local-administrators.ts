import { defineCheck } from '../../src/engine/check.js';
import { rid } from '../../src/kit/windows/check-kit.js';

/** The built-in Administrator (RID 500) and the domain's Domain Admins group (RID 512). */
const EXPECTED: Readonly<Record<number, string>> = { 500: 'built-in Administrator', 512: 'Domain Admins' };

export default defineCheck({
  id: 'windows.accounts.local-administrators',
  title: 'The local Administrators group holds only the built-in account and Domain Admins',
  rationale: 'Every extra member of local Administrators (a service account, a help-desk group, a user) is one more credential that owns the host and can dump the credentials of everyone who logs on to it.',
  severity: 'high',
  pillar: 'identity',
  function: 'Access Management',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.accounts'],
  references: [
    'Microsoft, Implementing Least-Privilege Administrative Models: https://learn.microsoft.com/windows-server/identity/ad-ds/plan/security-best-practices/implementing-least-privilege-administrative-models',
    'NSA/CISA, Top Ten Cybersecurity Misconfigurations (2023): excessive privilege',
    'NIST SP 800-53 AC-6(5)',
  ],
  remediation: 'Remove the extra members (Remove-LocalGroupMember -SID S-1-5-32-544 -Member NAME), and grant administration through a managed group (Restricted Groups / Group Policy Preferences, or Just Enough Administration) instead.',
  messages: { extra: '{{member}} ({{class}}, {{source}}) is a member of the local Administrators group' },
  evaluate({ 'windows.accounts': acc }, ctx) {
    if (acc.administrators === null) return ctx.notApplicable('no local Administrators group (a domain controller)');
    if (acc.administrators.length === 0) return ctx.error('Get-LocalGroupMember listed no member of Administrators');
    return acc.administrators.map((m) => {
      const resource = { kind: 'GroupMember', name: m.name };
      const known = EXPECTED[rid(m.sid) ?? -1];
      return known ? ctx.pass(undefined, undefined, { resource, evidence: `${m.sid} (${known})` }) : ctx.fail('extra', { member: m.name, class: m.objectClass || 'unknown class', source: m.principalSource || 'unknown source' }, { resource, evidence: m.sid });
    });
  },
});
