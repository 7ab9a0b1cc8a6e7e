import { sshdCheck } from '../../src/kit/linux/check-kit.js';

export default sshdCheck({
  id: 'linux.ssh.permit-empty-passwords',
  title: 'sshd refuses accounts with empty passwords',
  severity: 'critical',
  references: ['CIS Debian Linux 12 v1.1.0 5.1.19', 'NIST SP 800-53 IA-5'],
  remediation: 'Set "PermitEmptyPasswords no" in sshd_config and reload sshd.',
  keyword: 'permitemptypasswords',
  expected: 'no',
  good: (v) => v === 'no',
});
