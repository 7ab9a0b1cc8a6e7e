import { auditRulesCheck } from '../../src/kit/linux/check-kit.js';

export default auditRulesCheck({
  id: 'linux.audit.rules-identity',
  title: 'Changes to users and groups are audited',
  severity: 'medium',
  references: ['CIS Debian Linux 12 v1.1.0 6.2.3.8', 'NIST SP 800-53 AU-2', 'NIST SP 800-53 AC-2(4)'],
  remediation: 'Add "-w /etc/passwd -p wa -k identity" and the same for /etc/shadow, /etc/group, /etc/gshadow to /etc/audit/rules.d/50-identity.rules, then augenrules --load.',
  watched: ['/etc/passwd', '/etc/shadow', '/etc/group', '/etc/gshadow'],
});
