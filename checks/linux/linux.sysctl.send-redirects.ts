import { sysctlCheck } from '../../src/kit/linux/check-kit.js';

export default sysctlCheck({
  id: 'linux.sysctl.send-redirects',
  title: 'The host does not send ICMP redirects',
  severity: 'medium',
  pillar: 'networks',
  keys: ['net.ipv4.conf.all.send_redirects', 'net.ipv4.conf.default.send_redirects'],
  expected: '0',
  good: (v) => v === '0',
  references: ['CIS Debian Linux 12 v1.1.0 3.3.2', 'NIST SP 800-53 CM-7'],
  remediation: 'Set net.ipv4.conf.all.send_redirects = 0 and net.ipv4.conf.default.send_redirects = 0 in a sysctl.d file.',
});
