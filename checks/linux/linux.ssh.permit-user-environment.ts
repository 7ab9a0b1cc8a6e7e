import { sshdCheck } from '../../src/kit/linux/check-kit.js';

export default sshdCheck({
  id: 'linux.ssh.permit-user-environment',
  title: 'sshd does not let users set environment variables for sshd',
  severity: 'medium',
  references: ['CIS Debian Linux 12 v1.1.0 5.1.21', 'NIST SP 800-53 CM-6'],
  remediation: 'Set "PermitUserEnvironment no" in sshd_config.',
  keyword: 'permituserenvironment',
  expected: 'no',
  good: (v) => v === 'no',
});
