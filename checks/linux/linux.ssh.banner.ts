import { sshdCheck } from '../../src/kit/linux/check-kit.js';

export default sshdCheck({
  id: 'linux.ssh.banner',
  title: 'sshd shows a warning banner before login',
  severity: 'low',
  function: 'Governance',
  references: ['CIS Debian Linux 12 v1.1.0 5.1.5', 'NIST SP 800-53 AC-8'],
  remediation: 'Set "Banner /etc/issue.net" in sshd_config and put the site\'s use policy in that file.',
  keyword: 'banner',
  expected: 'a banner file',
  good: (v) => v !== 'none' && v !== '',
});
