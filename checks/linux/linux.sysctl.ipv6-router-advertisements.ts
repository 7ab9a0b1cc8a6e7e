import { sysctlCheck } from '../../src/kit/linux/check-kit.js';

export default sysctlCheck({
  id: 'linux.sysctl.ipv6-router-advertisements',
  title: 'IPv6 router advertisements are not accepted',
  severity: 'low',
  pillar: 'networks',
  keys: ['net.ipv6.conf.all.accept_ra', 'net.ipv6.conf.default.accept_ra'],
  expected: '0',
  good: (v) => v === '0',
  references: ['CIS Debian Linux 12 v1.1.0 3.3.11', 'NIST SP 800-53 SC-7'],
  remediation: 'Set net.ipv6.conf.all.accept_ra = 0 and net.ipv6.conf.default.accept_ra = 0 in a sysctl.d file (hosts with static addressing).',
});
