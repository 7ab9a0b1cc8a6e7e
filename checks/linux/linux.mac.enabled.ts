import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'linux.mac.enabled',
  title: 'Mandatory access control is on (AppArmor enabled or SELinux enforcing)',
  rationale: 'MAC confines a compromised service to what its profile allows, even when it runs as root.',
  severity: 'high',
  pillar: 'devices',
  function: 'Device Threat Protection',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['linux.mac'],
  references: ['CIS Debian Linux 12 v1.1.0 1.3.1.2', 'CIS Distribution Independent Linux v2.0.0 1.6.1.4', 'NIST SP 800-53 AC-3(3)'],
  remediation: 'Debian/Ubuntu: apt-get install apparmor apparmor-utils and keep apparmor=1 security=apparmor on the kernel command line; RHEL: set SELINUX=enforcing in /etc/selinux/config and reboot.',
  messages: { off: 'no MAC is active: {{detail}}' },
  evaluate({ 'linux.mac': mac }, ctx) {
    if (mac.selinux.mode === 'enforcing' || mac.apparmor.enabled) return ctx.pass(undefined, undefined, { evidence: mac.detail });
    return ctx.fail('off', { detail: mac.detail });
  },
});
