import { sshdCheck } from '../../src/kit/linux/check-kit.js';

export default sshdCheck({
  id: 'linux.ssh.use-pam',
  title: 'sshd runs PAM account and session checks',
  severity: 'low',
  references: ['CIS Debian Linux 12 v1.1.0 5.1.22', 'NIST SP 800-53 AC-2'],
  remediation: 'Set "UsePAM yes" in sshd_config.',
  keyword: 'usepam',
  expected: 'yes',
  good: (v) => v === 'yes',
});
