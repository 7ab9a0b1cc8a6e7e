import { intValue, sshdCheck } from '../../src/kit/linux/check-kit.js';

export default sshdCheck({
  id: 'linux.ssh.max-auth-tries',
  title: 'sshd allows at most 4 authentication attempts per connection',
  severity: 'medium',
  references: ['CIS Debian Linux 12 v1.1.0 5.1.16', 'NIST SP 800-53 AC-7'],
  remediation: 'Set "MaxAuthTries 4" (or lower) in sshd_config.',
  keyword: 'maxauthtries',
  expected: '4 or fewer',
  good: (v) => {
    const n = intValue(v);
    return n !== undefined && n >= 1 && n <= 4;
  },
});
