import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'linux.audit.auditd-enabled',
  title: 'auditd starts at boot and is running',
  severity: 'medium',
  pillar: 'visibility_analytics',
  function: 'Visibility & Analytics',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['linux.audit'],
  references: ['CIS Debian Linux 12 v1.1.0 6.2.1.2', 'NIST SP 800-53 AU-12'],
  remediation: 'systemctl --now enable auditd',
  messages: { disabled: 'auditd.service is not enabled', stopped: 'auditd.service is enabled but not running' },
  evaluate({ 'linux.audit': audit }, ctx) {
    if (!audit.installed) return ctx.notApplicable('auditd is not installed (see linux.audit.auditd-installed)');
    if (!audit.enabled) return ctx.fail('disabled');
    if (audit.running === false) return ctx.fail('stopped');
    return ctx.pass(undefined, undefined, { evidence: audit.running === null ? 'enabled (running state not observable)' : 'enabled and running' });
  },
});
