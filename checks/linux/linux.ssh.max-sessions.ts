import { intValue, sshdCheck } from '../../src/kit/linux/check-kit.js';

export default sshdCheck({
  id: 'linux.ssh.max-sessions',
  title: 'sshd limits sessions per connection to 10',
  severity: 'low',
  references: ['CIS Debian Linux 12 v1.1.0 5.1.17', 'NIST SP 800-53 AC-10'],
  remediation: 'Set "MaxSessions 10" (or lower) in sshd_config.',
  keyword: 'maxsessions',
  expected: '10 or fewer',
  good: (v) => {
    const n = intValue(v);
    return n !== undefined && n <= 10;
  },
});
