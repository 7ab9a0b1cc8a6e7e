import { defineCheck } from '../../src/engine/check.js';
import { auditWatches } from '../../src/collectors/linux/check-kit.js';

const NEEDED = ['/etc/passwd', '/etc/shadow', '/etc/group', '/etc/gshadow'];

export default defineCheck({
  id: 'linux.audit.rules-identity',
  title: 'Changes to users and groups are audited',
  severity: 'medium',
  pillar: 'visibility_analytics',
  function: 'Visibility & Analytics',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['linux.audit'],
  references: ['CIS Debian Linux 12 v1.1.0 6.2.3.8', 'NIST SP 800-53 AU-2', 'NIST SP 800-53 AC-2(4)'],
  remediation: 'Add "-w /etc/passwd -p wa -k identity" and the same for /etc/shadow, /etc/group, /etc/gshadow to /etc/audit/rules.d/50-identity.rules, then augenrules --load.',
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
