import { fileModeCheck } from '../../src/kit/linux/check-kit.js';

export default fileModeCheck({
  id: 'linux.files.group-perms',
  title: '/etc/group is root-owned and not writable by others (0644)',
  severity: 'medium',
  path: '/etc/group',
  maxMode: 0o644,
  absent: 'fail',
  references: ['CIS Debian Linux 12 v1.1.0 7.1.3', 'NIST SP 800-53 AC-3'],
  remediation: 'chown root:root /etc/group && chmod u-x,go-wx /etc/group',
});
