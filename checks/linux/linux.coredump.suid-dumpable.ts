import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'linux.coredump.suid-dumpable',
  title: 'Set-uid programs never dump core (fs.suid_dumpable = 0)',
  severity: 'medium',
  pillar: 'devices',
  function: 'Device Threat Protection',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['linux.coredump'],
  references: ['CIS Debian Linux 12 v1.1.0 1.5.3', 'NIST SP 800-53 SC-28'],
  remediation: 'Set fs.suid_dumpable = 0 in a file under /etc/sysctl.d and run sysctl --system.',
  messages: { dumpable: 'fs.suid_dumpable is {{value}} (expected 0)' },
  evaluate({ 'linux.coredump': c }, ctx) {
    if (c.fsSuidDumpable === null) return ctx.error('fs.suid_dumpable could not be read');
    return c.fsSuidDumpable === '0' ? ctx.pass() : ctx.fail('dumpable', { value: c.fsSuidDumpable });
  },
});
