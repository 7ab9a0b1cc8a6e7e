import { defineCheck } from '../../src/engine/check.js';
import { AUDIT, auditShortfall } from '../../src/kit/windows/check-kit.js';

export default defineCheck({
  id: 'windows.audit.account-management',
  title: 'Account and group changes are audited',
  rationale: 'Creating an account or adding one to a privileged group is how intruders persist; without User Account Management and Security Group Management auditing it leaves no trace.',
  severity: 'medium',
  pillar: 'visibility_analytics',
  function: 'Visibility and Analytics',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.auditpol'],
  references: [
    "CIS Microsoft Windows Server 2022 Benchmark, Advanced Audit Policy > Account Management: 'Audit User Account Management' = Success and Failure; 'Audit Security Group Management' = include Success",
    'Microsoft, Audit User Account Management: https://learn.microsoft.com/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/audit-user-account-management',
  ],
  remediation: 'auditpol /set /subcategory:"User Account Management" /success:enable /failure:enable and /subcategory:"Security Group Management" /success:enable (or the matching Advanced Audit Policy settings in Group Policy).',
  messages: { short: '{{what}}' },
  evaluate({ 'windows.auditpol': a }, ctx) {
    const short = [
      auditShortfall(a, AUDIT.userAccountManagement, 'User Account Management', { success: true, failure: true }),
      auditShortfall(a, AUDIT.securityGroupManagement, 'Security Group Management', { success: true }),
    ].filter((s): s is string => !!s);
    return short.length ? ctx.fail('short', { what: short.join('; ') }) : ctx.pass(undefined, undefined, { evidence: 'User Account Management: Success and Failure; Security Group Management: Success' });
  },
});
