import { fileModeCheck } from '../../src/kit/linux/check-kit.js';

export default fileModeCheck({
  id: 'linux.files.shadow-perms',
  title: '/etc/shadow is readable by root and the shadow group only (0640)',
  severity: 'high',
  path: '/etc/shadow',
  maxMode: 0o640,
  absent: 'fail',
  references: ['CIS Debian Linux 12 v1.1.0 7.1.5', 'NIST SP 800-53 AC-3'],
  remediation: 'chown root:shadow /etc/shadow && chmod u-x,g-wx,o-rwx /etc/shadow',
});
