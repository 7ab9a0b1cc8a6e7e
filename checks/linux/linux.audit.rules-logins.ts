import { auditRulesCheck } from '../../src/kit/linux/check-kit.js';

export default auditRulesCheck({
  id: 'linux.audit.rules-logins',
  title: 'Login and logout records are audited',
  severity: 'low',
  references: ['CIS Debian Linux 12 v1.1.0 6.2.3.12', 'NIST SP 800-53 AU-2'],
  remediation: 'Add "-w /var/log/lastlog -p wa -k logins" and "-w /var/run/faillock -p wa -k logins" to /etc/audit/rules.d/50-login.rules, then augenrules --load.',
  watched: ['/var/log/lastlog', '/var/run/faillock'],
});
