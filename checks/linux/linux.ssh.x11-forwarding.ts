import { sshdCheck } from '../../src/kit/linux/check-kit.js';

export default sshdCheck({
  id: 'linux.ssh.x11-forwarding',
  title: 'sshd does not forward X11',
  severity: 'medium',
  references: ['CIS Debian Linux 12 v1.1.0 5.1.8', 'CIS Distribution Independent Linux v2.0.0 5.2.6', 'NIST SP 800-53 CM-7'],
  remediation: 'Set "X11Forwarding no" (or "DisableForwarding yes") in sshd_config.',
  keyword: 'x11forwarding',
  expected: 'no (or DisableForwarding yes)',
  good: (v, eff) => v === 'no' || eff.disableforwarding === 'yes',
});
