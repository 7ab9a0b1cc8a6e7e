import { defineCheck } from '../../src/engine/check.js';
import { AUDIT, auditShortfall } from '../../src/kit/windows/check-kit.js';

export default defineCheck({
  id: 'windows.audit.logon',
  title: 'Logon events are audited for success and failure',
  rationale: 'Logon events (4624, 4625) are how password spraying, brute force and lateral movement with stolen credentials are seen at all.',
  severity: 'medium',
  pillar: 'visibility_analytics',
  function: 'Visibility and Analytics',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.auditpol'],
  references: [
    "CIS Microsoft Windows Server 2022 Benchmark, Advanced Audit Policy > Logon/Logoff: 'Audit Logon' = Success and Failure",
    'Microsoft, Audit Logon: https://learn.microsoft.com/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/audit-logon',
  ],
  remediation: 'auditpol /set /subcategory:"Logon" /success:enable /failure:enable, or Group Policy Advanced Audit Policy Configuration > Logon/Logoff > Audit Logon = Success and Failure (with "Force audit policy subcategory settings" enabled).',
  messages: { short: '{{what}}' },
  evaluate({ 'windows.auditpol': a }, ctx) {
    const short = auditShortfall(a, AUDIT.logon, 'Logon', { success: true, failure: true });
    return short ? ctx.fail('short', { what: short }) : ctx.pass(undefined, undefined, { evidence: 'Logon: Success and Failure' });
  },
});
