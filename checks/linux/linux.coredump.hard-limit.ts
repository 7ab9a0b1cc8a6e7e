import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'linux.coredump.hard-limit',
  title: 'Core dumps are disabled for all users (hard core 0)',
  rationale: 'A core dump holds the process memory: keys, tokens and passwords in clear.',
  severity: 'low',
  pillar: 'devices',
  function: 'Device Threat Protection',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['linux.coredump'],
  references: ['CIS Debian Linux 12 v1.1.0 1.5.3', 'NIST SP 800-53 SC-28'],
  remediation: 'Add "* hard core 0" to /etc/security/limits.conf (or a file in /etc/security/limits.d).',
  messages: { unset: 'no "* hard core" limit is set', loose: '"* hard core" is {{value}} (expected 0)' },
  evaluate({ 'linux.coredump': c }, ctx) {
    if (c.hardCoreLimit === null) return ctx.fail('unset');
    return c.hardCoreLimit === '0' ? ctx.pass() : ctx.fail('loose', { value: c.hardCoreLimit });
  },
});
