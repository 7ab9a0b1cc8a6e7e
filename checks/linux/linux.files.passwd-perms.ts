import { fileModeCheck } from '../../src/kit/linux/check-kit.js';

export default fileModeCheck({
  id: 'linux.files.passwd-perms',
  title: '/etc/passwd is root-owned and not writable by others (0644)',
  severity: 'medium',
  path: '/etc/passwd',
  maxMode: 0o644,
  absent: 'fail',
  references: ['CIS Debian Linux 12 v1.1.0 7.1.1', 'NIST SP 800-53 AC-3'],
  remediation: 'chown root:root /etc/passwd && chmod u-x,go-wx /etc/passwd',
});
