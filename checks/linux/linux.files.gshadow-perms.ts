import { fileModeCheck } from '../../src/kit/linux/check-kit.js';

export default fileModeCheck({
  id: 'linux.files.gshadow-perms',
  title: '/etc/gshadow is readable by root and the shadow group only (0640)',
  severity: 'medium',
  path: '/etc/gshadow',
  maxMode: 0o640,
  absent: 'notApplicable',
  references: ['CIS Debian Linux 12 v1.1.0 7.1.7', 'NIST SP 800-53 AC-3'],
  remediation: 'chown root:shadow /etc/gshadow && chmod u-x,g-wx,o-rwx /etc/gshadow',
});
