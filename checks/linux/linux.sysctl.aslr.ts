import { sysctlCheck } from '../../src/kit/linux/check-kit.js';

export default sysctlCheck({
  id: 'linux.sysctl.aslr',
  title: 'Address space layout randomisation is fully enabled',
  severity: 'high',
  pillar: 'devices',
  keys: ['kernel.randomize_va_space'],
  expected: '2',
  good: (v) => v === '2',
  references: ['CIS Debian Linux 12 v1.1.0 1.5.1', 'NIST SP 800-53 SI-16'],
  remediation: 'Set kernel.randomize_va_space = 2 in /etc/sysctl.d/60-hardening.conf and run sysctl --system.',
});
