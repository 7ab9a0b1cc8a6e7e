import { sshdCheck } from '../../src/kit/linux/check-kit.js';

export default sshdCheck({
  id: 'linux.ssh.ignore-rhosts',
  title: 'sshd ignores .rhosts and .shosts files',
  severity: 'medium',
  references: ['CIS Debian Linux 12 v1.1.0 5.1.11', 'NIST SP 800-53 IA-2'],
  remediation: 'Set "IgnoreRhosts yes" in sshd_config.',
  keyword: 'ignorerhosts',
  expected: 'yes',
  good: (v) => v === 'yes',
});
