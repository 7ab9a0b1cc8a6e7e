import { auditRulesCheck } from '../../src/kit/linux/check-kit.js';

export default auditRulesCheck({
  id: 'linux.audit.rules-sudoers',
  title: 'Changes to sudo rules are audited',
  severity: 'medium',
  references: ['CIS Debian Linux 12 v1.1.0 6.2.3.1', 'NIST SP 800-53 AU-2', 'NIST SP 800-53 AC-6(9)'],
  remediation: 'Add "-w /etc/sudoers -p wa -k scope" and "-w /etc/sudoers.d -p wa -k scope" to /etc/audit/rules.d/50-scope.rules, then augenrules --load.',
  watched: ['/etc/sudoers', '/etc/sudoers.d'],
});
