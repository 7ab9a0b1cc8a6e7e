import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'linux.audit.rules-immutable',
  title: 'Audit rules are locked until reboot (-e 2)',
  rationale: 'An intruder with root can otherwise switch auditing off before acting.',
  severity: 'medium',
  pillar: 'visibility_analytics',
  function: 'Visibility & Analytics',
  stage: 'advanced',
  targetKinds: ['linux'],
  facts: ['linux.audit'],
  references: ['CIS Debian Linux 12 v1.1.0 6.2.3.20', 'NIST SP 800-53 AU-9'],
  remediation: 'Put "-e 2" as the last line of /etc/audit/rules.d/99-finalize.rules and run augenrules --load (takes effect at the next boot).',
  messages: { mutable: 'audit enabled flag is {{flag}} (expected 2)' },
  evaluate({ 'linux.audit': audit }, ctx) {
    if (!audit.installed) return ctx.notApplicable('auditd is not installed (see linux.audit.auditd-installed)');
    if (audit.enabledFlag === 2) return ctx.pass();
    return ctx.fail('mutable', { flag: audit.enabledFlag === null ? 'not set' : audit.enabledFlag });
  },
});
