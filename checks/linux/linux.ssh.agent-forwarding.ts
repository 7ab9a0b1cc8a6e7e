import { sshdCheck } from '../../src/kit/linux/check-kit.js';

export default sshdCheck({
  id: 'linux.ssh.agent-forwarding',
  title: 'sshd does not forward SSH agents',
  rationale: 'A forwarded agent lets anyone with root on this host use the connecting user\'s keys elsewhere: lateral movement.',
  severity: 'low',
  references: ['CIS Debian Linux 12 v1.1.0 5.1.8', 'NIST SP 800-53 AC-17'],
  remediation: 'Set "AllowAgentForwarding no" (or "DisableForwarding yes") in sshd_config.',
  keyword: 'allowagentforwarding',
  expected: 'no (or DisableForwarding yes)',
  good: (v, eff) => v === 'no' || eff.disableforwarding === 'yes',
});
