import { sshdCheck } from '../../src/kit/linux/check-kit.js';

export default sshdCheck({
  id: 'linux.ssh.tcp-forwarding',
  title: 'sshd does not forward TCP ports',
  rationale: 'Port forwarding tunnels traffic around network segmentation and firewall policy.',
  severity: 'low',
  references: ['CIS Debian Linux 12 v1.1.0 5.1.8', 'CISA ZTMM v2 Networks: Network Segmentation'],
  remediation: 'Set "AllowTcpForwarding no" (or "DisableForwarding yes") in sshd_config.',
  keyword: 'allowtcpforwarding',
  expected: 'no (or DisableForwarding yes)',
  good: (v, eff) => v === 'no' || eff.disableforwarding === 'yes',
});
