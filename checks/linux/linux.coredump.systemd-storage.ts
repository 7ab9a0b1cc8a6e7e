import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'linux.coredump.systemd-storage',
  title: 'systemd-coredump keeps no core dumps',
  severity: 'low',
  pillar: 'devices',
  function: 'Device Threat Protection',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['linux.coredump'],
  references: ['CIS Debian Linux 12 v1.1.0 1.5.3', 'NIST SP 800-53 SC-28'],
  remediation: 'Set Storage=none and ProcessSizeMax=0 under [Coredump] in /etc/systemd/coredump.conf.',
  messages: { stored: 'systemd-coredump Storage={{storage}}, ProcessSizeMax={{max}} (expected none and 0)' },
  evaluate({ 'linux.coredump': c }, ctx) {
    if (!c.systemdCoredump) return ctx.notApplicable('systemd-coredump is not installed');
    if (c.systemdStorage === 'none' && c.systemdProcessSizeMax === '0') return ctx.pass();
    return ctx.fail('stored', { storage: c.systemdStorage ?? 'external (default)', max: c.systemdProcessSizeMax ?? '(default)' });
  },
});
