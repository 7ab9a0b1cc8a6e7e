import { sysctlCheck } from '../../src/kit/linux/check-kit.js';

export default sysctlCheck({
  id: 'linux.sysctl.accept-redirects',
  title: 'The host ignores ICMP redirects',
  severity: 'medium',
  pillar: 'networks',
  keys: ['net.ipv4.conf.all.accept_redirects', 'net.ipv4.conf.default.accept_redirects', 'net.ipv6.conf.all.accept_redirects', 'net.ipv6.conf.default.accept_redirects'],
  expected: '0',
  good: (v) => v === '0',
  references: ['CIS Debian Linux 12 v1.1.0 3.3.5', 'NIST SP 800-53 SC-7'],
  remediation: 'Set net.ipv4.conf.{all,default}.accept_redirects = 0 and net.ipv6.conf.{all,default}.accept_redirects = 0 in a sysctl.d file.',
});
