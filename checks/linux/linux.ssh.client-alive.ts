import { intValue, sshdCheck } from '../../src/kit/linux/check-kit.js';

export default sshdCheck({
  id: 'linux.ssh.client-alive',
  title: 'sshd ends idle or dead sessions',
  severity: 'low',
  references: ['CIS Debian Linux 12 v1.1.0 5.1.7', 'NIST SP 800-53 AC-12', 'NIST SP 800-207 tenet 4'],
  remediation: 'Set "ClientAliveInterval 300" (any value > 0) and "ClientAliveCountMax 3" (> 0) in sshd_config.',
  keyword: 'clientaliveinterval',
  expected: 'greater than 0, with ClientAliveCountMax greater than 0',
  good: (v, eff) => (intValue(v) ?? 0) > 0 && (intValue(eff.clientalivecountmax) ?? 0) > 0,
});
