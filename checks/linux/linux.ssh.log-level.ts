import { sshdCheck } from '../../src/kit/linux/check-kit.js';

export default sshdCheck({
  id: 'linux.ssh.log-level',
  title: 'sshd logs logins (LogLevel INFO or VERBOSE)',
  severity: 'low',
  function: 'Visibility & Analytics',
  references: ['CIS Debian Linux 12 v1.1.0 5.1.14', 'NIST SP 800-53 AU-2'],
  remediation: 'Set "LogLevel VERBOSE" (or INFO) in sshd_config.',
  keyword: 'loglevel',
  expected: 'INFO or VERBOSE',
  good: (v) => v === 'INFO' || v === 'VERBOSE',
});
