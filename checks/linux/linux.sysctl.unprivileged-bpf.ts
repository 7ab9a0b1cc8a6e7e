import { sysctlCheck } from '../../src/kit/linux/check-kit.js';

export default sysctlCheck({
  id: 'linux.sysctl.unprivileged-bpf',
  title: 'Unprivileged users cannot load BPF programs',
  severity: 'medium',
  pillar: 'devices',
  keys: ['kernel.unprivileged_bpf_disabled'],
  expected: '1 or 2',
  good: (v) => v === '1' || v === '2',
  references: ['KSPP recommended kernel settings', 'NIST SP 800-53 AC-6'],
  remediation: 'Set kernel.unprivileged_bpf_disabled = 1 in a sysctl.d file and run sysctl --system.',
});
