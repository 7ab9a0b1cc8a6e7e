import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'linux.audit.auditd-installed',
  title: 'The Linux audit daemon is installed',
  rationale: 'Without kernel auditing there is no trustworthy record of who changed identities, privileges or time.',
  severity: 'medium',
  pillar: 'visibility_analytics',
  function: 'Visibility & Analytics',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['linux.audit'],
  references: ['CIS Debian Linux 12 v1.1.0 6.2.1.1', 'NIST SP 800-53 AU-2', 'NIST SP 800-207 tenet 7'],
  remediation: 'apt-get install auditd audispd-plugins (dnf install audit on Red Hat systems).',
  messages: { missing: 'auditd is not installed' },
  evaluate({ 'linux.audit': audit }, ctx) {
    return audit.installed ? ctx.pass() : ctx.fail('missing');
  },
});
