import { intValue, sshdCheck } from '../../src/kit/linux/check-kit.js';

export default sshdCheck({
  id: 'linux.ssh.login-grace-time',
  title: 'sshd drops unauthenticated connections within 60 seconds',
  severity: 'low',
  references: ['CIS Debian Linux 12 v1.1.0 5.1.13', 'NIST SP 800-53 AC-12'],
  remediation: 'Set "LoginGraceTime 60" (1 to 60 seconds) in sshd_config.',
  keyword: 'logingracetime',
  expected: '1 to 60 seconds',
  good: (v) => {
    const n = intValue(v);
    return n !== undefined && n >= 1 && n <= 60;
  },
});
