import { defineCheck } from '../../src/engine/check.js';
import { auditWatches } from '../../src/collectors/linux/check-kit.js';

const NEEDED = ['/etc/sudoers', '/etc/sudoers.d'];

export default defineCheck({
  id: 'linux.audit.rules-sudoers',
  title: 'Changes to sudo rules are audited',
  severity: 'medium',
  pillar: 'visibility_analytics',
  function: 'Visibility & Analytics',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['linux.audit'],
  references: ['CIS Debian Linux 12 v1.1.0 6.2.3.1', 'NIST SP 800-53 AU-2', 'NIST SP 800-53 AC-6(9)'],
  remediation: 'Add "-w /etc/sudoers -p wa -k scope" and "-w /etc/sudoers.d -p wa -k scope" to /etc/audit/rules.d/50-scope.rules, then augenrules --load.',
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
