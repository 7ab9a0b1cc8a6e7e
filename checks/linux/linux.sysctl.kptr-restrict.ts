import { sysctlCheck } from '../../src/kit/linux/check-kit.js';

export default sysctlCheck({
  id: 'linux.sysctl.kptr-restrict',
  title: 'Kernel pointers are hidden from unprivileged users',
  severity: 'medium',
  pillar: 'devices',
  keys: ['kernel.kptr_restrict'],
  expected: '1 or 2',
  good: (v) => v === '1' || v === '2',
  references: ['KSPP recommended kernel settings', 'NIST SP 800-53 SC-39'],
  remediation: 'Set kernel.kptr_restrict = 2 in a sysctl.d file and run sysctl --system.',
});
