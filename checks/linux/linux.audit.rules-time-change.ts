import { auditRulesCheck } from '../../src/kit/linux/check-kit.js';

export default auditRulesCheck({
  id: 'linux.audit.rules-time-change',
  title: 'Changes to the system clock are audited',
  severity: 'low',
  references: ['CIS Debian Linux 12 v1.1.0 6.2.3.4', 'NIST SP 800-53 AU-8'],
  remediation: 'Add "-a always,exit -F arch=b64 -S adjtimex,settimeofday,clock_settime -k time-change" (and the b32 variant) and "-w /etc/localtime -p wa -k time-change" to /etc/audit/rules.d/50-time-change.rules, then augenrules --load.',
  watched: ['adjtimex', 'settimeofday', 'clock_settime', '/etc/localtime'],
});
