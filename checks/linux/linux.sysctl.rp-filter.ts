import { sysctlCheck } from '../../src/kit/linux/check-kit.js';

export default sysctlCheck({
  id: 'linux.sysctl.rp-filter',
  title: 'Reverse path filtering drops spoofed source addresses',
  severity: 'medium',
  pillar: 'networks',
  keys: ['net.ipv4.conf.all.rp_filter', 'net.ipv4.conf.default.rp_filter'],
  expected: '1 (strict)',
  good: (v) => v === '1',
  references: ['CIS Debian Linux 12 v1.1.0 3.3.7', 'NIST SP 800-53 SC-7'],
  remediation: 'Set net.ipv4.conf.all.rp_filter = 1 and net.ipv4.conf.default.rp_filter = 1 in a sysctl.d file.',
});
