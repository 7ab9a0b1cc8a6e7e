import { defineCheck } from '../../src/engine/check.js';
import { auditWatches } from '../../src/collectors/linux/check-kit.js';

const NEEDED = ['/var/log/lastlog', '/var/run/faillock'];

export default defineCheck({
  id: 'linux.audit.rules-logins',
  title: 'Login and logout records are audited',
  severity: 'low',
  pillar: 'visibility_analytics',
  function: 'Visibility & Analytics',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['linux.audit'],
  references: ['CIS Debian Linux 12 v1.1.0 6.2.3.12', 'NIST SP 800-53 AU-2'],
  remediation: 'Add "-w /var/log/lastlog -p wa -k logins" and "-w /var/run/faillock -p wa -k logins" to /etc/audit/rules.d/50-login.rules, then augenrules --load.',
  messages: { unwatched: 'no audit rule covers {{item}}' },
  evaluate({ 'linux.audit': audit }, ctx) {
    if (!audit.installed) return ctx.notApplicable('auditd is not installed (see linux.audit.auditd-installed)');
    return NEEDED.map((item) => {
      const resource = { kind: 'audit-rule', name: item };
      const rule = auditWatches(audit.rules, item);
      return rule ? ctx.pass(undefined, undefined, { resource, evidence: `${rule} (${audit.rulesSource})` }) : ctx.fail('unwatched', { item }, { resource });
    });
  },
});
