import { sysctlCheck } from '../../src/kit/linux/check-kit.js';

export default sysctlCheck({
  id: 'linux.sysctl.dmesg-restrict',
  title: 'The kernel log is readable by root only',
  severity: 'low',
  pillar: 'devices',
  keys: ['kernel.dmesg_restrict'],
  expected: '1',
  good: (v) => v === '1',
  references: ['KSPP recommended kernel settings', 'NIST SP 800-53 AC-6'],
  remediation: 'Set kernel.dmesg_restrict = 1 in a sysctl.d file and run sysctl --system.',
});
