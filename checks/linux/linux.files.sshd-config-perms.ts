import { fileModeCheck } from '../../src/kit/linux/check-kit.js';

export default fileModeCheck({
  id: 'linux.files.sshd-config-perms',
  title: '/etc/ssh/sshd_config is readable by root only (0600)',
  severity: 'medium',
  path: '/etc/ssh/sshd_config',
  maxMode: 0o600,
  absent: 'notApplicable',
  references: ['CIS Debian Linux 12 v1.1.0 5.1.1', 'NIST SP 800-53 AC-3'],
  remediation: 'chown root:root /etc/ssh/sshd_config && chmod u-x,go-rwx /etc/ssh/sshd_config',
});
