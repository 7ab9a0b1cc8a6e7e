import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'linux.timesync.enabled',
  title: 'A time synchronisation daemon keeps the clock right',
  rationale: 'Log correlation, certificate and token lifetimes all depend on a correct clock.',
  severity: 'medium',
  pillar: 'visibility_analytics',
  function: 'Visibility & Analytics',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['linux.timesync'],
  references: ['CIS Debian Linux 12 v1.1.0 2.3.1.1', 'NIST SP 800-53 AU-8(1)'],
  remediation: 'Install and enable one time daemon: apt-get install chrony && systemctl enable --now chrony (or systemctl enable --now systemd-timesyncd).',
  messages: {
    none: 'no time synchronisation daemon is installed',
    disabled: '{{daemons}} installed but not enabled',
    notRunning: '{{units}} enabled but not running',
    unsynchronised: 'the clock is not synchronised (timedatectl NTPSynchronized=no)',
  },
  evaluate({ 'linux.timesync': t }, ctx) {
    if (t.installed.length === 0 && t.enabled.length === 0) return ctx.fail('none');
    if (t.enabled.length === 0) return ctx.fail('disabled', { daemons: t.installed.join(', ') });
    if (t.running !== null && t.running.length === 0) return ctx.fail('notRunning', { units: t.enabled.join(', ') });
    if (t.synchronized === false) return ctx.fail('unsynchronised');
    return ctx.pass(undefined, undefined, { evidence: `enabled: ${t.enabled.join(', ')}${t.running === null ? ' (running state not observable)' : ''}` });
  },
});
