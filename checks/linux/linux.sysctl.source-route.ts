import { sysctlCheck } from '../../src/kit/linux/check-kit.js';

export default sysctlCheck({
  id: 'linux.sysctl.source-route',
  title: 'Source-routed packets are refused',
  severity: 'medium',
  pillar: 'networks',
  keys: ['net.ipv4.conf.all.accept_source_route', 'net.ipv4.conf.default.accept_source_route', 'net.ipv6.conf.all.accept_source_route', 'net.ipv6.conf.default.accept_source_route'],
  expected: '0',
  good: (v) => v === '0',
  references: ['CIS Debian Linux 12 v1.1.0 3.3.8', 'NIST SP 800-53 SC-7'],
  remediation: 'Set net.ipv4.conf.{all,default}.accept_source_route = 0 and net.ipv6.conf.{all,default}.accept_source_route = 0 in a sysctl.d file.',
});
