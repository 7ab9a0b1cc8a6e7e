import { intValue, sshdCheck } from '../../src/kit/linux/check-kit.js';

export default sshdCheck({
  id: 'linux.ssh.max-startups',
  title: 'sshd throttles unauthenticated connections (MaxStartups 10:30:60 or stricter)',
  severity: 'low',
  references: ['CIS Debian Linux 12 v1.1.0 5.1.18', 'NIST SP 800-53 SC-5'],
  remediation: 'Set "MaxStartups 10:30:60" in sshd_config.',
  keyword: 'maxstartups',
  expected: '10:30:60 or stricter',
  good: (v) => {
    const [start, rate, full] = v.split(':').map((p) => intValue(p));
    if (start === undefined) return false;
    if (rate === undefined || full === undefined) return start <= 60;
    return start <= 10 && rate >= 30 && full <= 60;
  },
});
