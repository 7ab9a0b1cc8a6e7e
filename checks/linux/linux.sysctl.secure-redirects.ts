import { sysctlCheck } from '../../src/kit/linux/check-kit.js';

export default sysctlCheck({
  id: 'linux.sysctl.secure-redirects',
  title: 'The host ignores "secure" ICMP redirects from gateways',
  severity: 'medium',
  pillar: 'networks',
  keys: ['net.ipv4.conf.all.secure_redirects', 'net.ipv4.conf.default.secure_redirects'],
  expected: '0',
  good: (v) => v === '0',
  references: ['CIS Debian Linux 12 v1.1.0 3.3.6', 'NIST SP 800-53 SC-7'],
  remediation: 'Set net.ipv4.conf.all.secure_redirects = 0 and net.ipv4.conf.default.secure_redirects = 0 in a sysctl.d file.',
});
