import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'linux.mac.profiles-enforcing',
  title: 'Loaded AppArmor profiles enforce rather than only complain',
  severity: 'medium',
  pillar: 'devices',
  function: 'Device Threat Protection',
  stage: 'advanced',
  targetKinds: ['linux'],
  facts: ['linux.mac'],
  references: ['CIS Debian Linux 12 v1.1.0 1.3.1.4', 'NIST SP 800-53 AC-3(3)'],
  remediation: 'aa-enforce /etc/apparmor.d/* (after testing the complain-mode profiles), or set SELinux to enforcing.',
  messages: { complain: '{{complain}} AppArmor profiles are in complain mode ({{enforce}} enforcing)', noProfiles: 'AppArmor is enabled but no profile is loaded' },
  evaluate({ 'linux.mac': mac }, ctx) {
    if (mac.selinux.mode === 'enforcing') return ctx.pass(undefined, undefined, { evidence: 'SELinux enforcing' });
    if (!mac.apparmor.enabled) return ctx.notApplicable('no MAC is active (see linux.mac.enabled)');
    const p = mac.apparmor.profiles;
    if (p === null) {
      return mac.source === 'config'
        ? ctx.notApplicable('loaded profiles are a runtime fact: not observable in a mounted root')
        : ctx.error('cannot read /sys/kernel/security/apparmor/profiles (needs root)');
    }
    if (p.enforce + p.complain === 0) return ctx.fail('noProfiles');
    return p.complain === 0 ? ctx.pass(undefined, undefined, { evidence: `${p.enforce} profiles enforcing` }) : ctx.fail('complain', { complain: p.complain, enforce: p.enforce });
  },
});
