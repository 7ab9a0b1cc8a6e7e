import { sshdCheck } from '../../src/kit/linux/check-kit.js';

export default sshdCheck({
  id: 'linux.ssh.gssapi-authentication',
  title: 'sshd GSSAPI authentication is off',
  severity: 'low',
  references: ['CIS Debian Linux 12 v1.1.0 5.1.9', 'NIST SP 800-53 CM-7'],
  remediation: 'Set "GSSAPIAuthentication no" in sshd_config unless Kerberos logins are required.',
  keyword: 'gssapiauthentication',
  expected: 'no',
  good: (v) => v === 'no',
});
