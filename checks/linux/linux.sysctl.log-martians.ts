import { sysctlCheck } from '../../src/kit/linux/check-kit.js';

export default sysctlCheck({
  id: 'linux.sysctl.log-martians',
  title: 'Packets with impossible addresses are logged',
  severity: 'low',
  pillar: 'networks',
  keys: ['net.ipv4.conf.all.log_martians', 'net.ipv4.conf.default.log_martians'],
  expected: '1',
  good: (v) => v === '1',
  references: ['CIS Debian Linux 12 v1.1.0 3.3.9', 'NIST SP 800-53 AU-2'],
  remediation: 'Set net.ipv4.conf.all.log_martians = 1 and net.ipv4.conf.default.log_martians = 1 in a sysctl.d file.',
});
