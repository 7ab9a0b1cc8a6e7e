import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'windows.appcontrol.enforced',
  title: 'Application control (App Control for Business / WDAC or AppLocker) is enforced',
  rationale: 'Allowlisting which executables and scripts may run stops most commodity malware and many living-off-the-land tools; an audit-only policy only records them.',
  severity: 'medium',
  pillar: 'applications_workloads',
  function: 'Application Access',
  stage: 'advanced',
  targetKinds: ['windows'],
  facts: ['windows.applocker', 'windows.deviceguard'],
  references: [
    'NSA/CISA, Top Ten Cybersecurity Misconfigurations (2023): unrestricted code execution; use application allowlisting',
    'Microsoft, Application Control for Windows: https://learn.microsoft.com/windows/security/application-security/application-control/app-control-for-business/appcontrol',
    'Microsoft, AppLocker: https://learn.microsoft.com/windows/security/application-security/application-control/app-control-for-business/applocker/applocker-overview',
  ],
  remediation: 'Deploy an App Control for Business (WDAC) policy in enforced mode, or AppLocker rules for at least executables and scripts with EnforcementMode Enabled (and the Application Identity service running), after an audit period.',
  messages: { none: '{{what}}' },
  evaluate({ 'windows.applocker': al, 'windows.deviceguard': dg }, ctx) {
    if (dg.usermodeCodeIntegrityPolicyEnforcementStatus === 2) return ctx.pass(undefined, undefined, { evidence: 'App Control (WDAC) user-mode policy enforced' });
    const enforced = al.collections.filter((c) => c.enforcementMode === 'Enabled' && c.rules > 0);
    if (enforced.some((c) => c.type === 'Exe')) return ctx.pass(undefined, undefined, { evidence: `AppLocker enforced for ${enforced.map((c) => `${c.type} (${c.rules} rules)`).join(', ')}` });
    const audit = [dg.usermodeCodeIntegrityPolicyEnforcementStatus === 1 ? 'App Control in audit mode' : '', ...al.collections.filter((c) => c.enforcementMode === 'AuditOnly').map((c) => `AppLocker ${c.type} audit only`)].filter(Boolean);
    return ctx.fail('none', { what: audit.length ? `application control only audits (${audit.join(', ')})` : 'no App Control policy or AppLocker executable rules are enforced' });
  },
});
