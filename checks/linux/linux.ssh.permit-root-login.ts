import { sshdCheck } from '../../src/kit/linux/check-kit.js';

export default sshdCheck({
  id: 'linux.ssh.permit-root-login',
  title: 'sshd refuses root logins',
  rationale: 'A direct root login leaves no trace of which person acted and gives an attacker the most valuable account to guess.',
  severity: 'high',
  references: ['CIS Debian Linux 12 v1.1.0 5.1.20', 'NIST SP 800-53 AC-6(2)', 'NIST SP 800-207 tenet 6'],
  remediation: 'Set "PermitRootLogin no" in /etc/ssh/sshd_config (before any Include that sets it) and reload sshd.',
  keyword: 'permitrootlogin',
  expected: 'no',
  good: (v) => v === 'no',
});
