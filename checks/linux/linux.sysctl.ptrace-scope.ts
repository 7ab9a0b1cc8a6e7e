import { sysctlCheck } from '../../src/kit/linux/check-kit.js';

export default sysctlCheck({
  id: 'linux.sysctl.ptrace-scope',
  title: 'ptrace is restricted to parent processes (Yama)',
  severity: 'medium',
  pillar: 'devices',
  keys: ['kernel.yama.ptrace_scope'],
  expected: '1, 2 or 3',
  good: (v) => ['1', '2', '3'].includes(v),
  // without the Yama LSM there is no ptrace_scope and any process may trace its user's others
  absentAtRuntime: 'fail',
  references: ['CIS Debian Linux 12 v1.1.0 1.5.2', 'NIST SP 800-53 SC-39'],
  remediation: 'Set kernel.yama.ptrace_scope = 1 (or higher) in a sysctl.d file and run sysctl --system.',
});
