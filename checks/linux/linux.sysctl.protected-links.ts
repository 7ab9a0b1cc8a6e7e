import { sysctlCheck } from '../../src/kit/linux/check-kit.js';

export default sysctlCheck({
  id: 'linux.sysctl.protected-links',
  title: 'Hard and symbolic link protections are on',
  severity: 'medium',
  pillar: 'devices',
  keys: ['fs.protected_hardlinks', 'fs.protected_symlinks'],
  expected: '1',
  good: (v) => v === '1',
  references: ['KSPP recommended kernel settings', 'NIST SP 800-53 AC-6'],
  remediation: 'Set fs.protected_hardlinks = 1 and fs.protected_symlinks = 1 in a sysctl.d file.',
});
