import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'linux.firewall.forward-policy',
  title: 'Traffic routed through the host is denied by default',
  severity: 'medium',
  pillar: 'networks',
  function: 'Network Segmentation',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['linux.firewall', 'linux.sysctl'],
  references: ['CIS Debian Linux 12 v1.1.0 4.3.8', 'NIST SP 800-53 SC-7(5)'],
  remediation: 'Give the forward hook a drop policy (nftables: "type filter hook forward priority filter; policy drop;"; iptables: -P FORWARD DROP), or turn forwarding off.',
  messages: { open: 'forwarding is on and the forward default policy is {{policy}}', forwardingOff: 'forwarding is off' },
  evaluate({ 'linux.firewall': fw, 'linux.sysctl': sysctl }, ctx) {
    if (fw.forward === 'drop' || fw.forward === 'reject') return ctx.pass();
    const v4 = sysctl.values['net.ipv4.ip_forward'];
    const v6 = sysctl.values['net.ipv6.conf.all.forwarding'];
    if (v4 === '0' && (v6 === undefined || v6 === '0')) return ctx.pass('forwardingOff');
    return ctx.fail('open', { policy: fw.forward === 'none' ? 'none (no filter)' : fw.forward });
  },
});
