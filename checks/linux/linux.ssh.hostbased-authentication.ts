import { sshdCheck } from '../../src/kit/linux/check-kit.js';

export default sshdCheck({
  id: 'linux.ssh.hostbased-authentication',
  title: 'sshd does not trust other hosts to vouch for users',
  severity: 'medium',
  references: ['CIS Debian Linux 12 v1.1.0 5.1.10', 'NIST SP 800-207 tenet 6'],
  remediation: 'Set "HostbasedAuthentication no" in sshd_config.',
  keyword: 'hostbasedauthentication',
  expected: 'no',
  good: (v) => v === 'no',
});
