import { defineCheck } from '../../src/engine/check.js';
import { auditWatches } from '../../src/collectors/linux/check-kit.js';

const NEEDED = ['adjtimex', 'settimeofday', 'clock_settime', '/etc/localtime'];

export default defineCheck({
  id: 'linux.audit.rules-time-change',
  title: 'Changes to the system clock are audited',
  severity: 'low',
  pillar: 'visibility_analytics',
  function: 'Visibility & Analytics',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['linux.audit'],
  references: ['CIS Debian Linux 12 v1.1.0 6.2.3.4', 'NIST SP 800-53 AU-8'],
  remediation: 'Add "-a always,exit -F arch=b64 -S adjtimex,settimeofday,clock_settime -k time-change" (and the b32 variant) and "-w /etc/localtime -p wa -k time-change" to /etc/audit/rules.d/50-time-change.rules, then augenrules --load.',
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
