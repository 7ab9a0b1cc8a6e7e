import { defineCheck } from '../../src/engine/check.js';

const UNITS = ['nftables.service', 'netfilter-persistent.service', 'iptables.service', 'ufw.service', 'firewalld.service', 'shorewall.service'];

export default defineCheck({
  id: 'linux.firewall.enabled-at-boot',
  title: 'A firewall service loads the rules at boot',
  severity: 'low',
  pillar: 'networks',
  function: 'Network Segmentation',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['linux.services'],
  references: ['CIS Debian Linux 12 v1.1.0 4.3.9', 'NIST SP 800-53 SC-7'],
  remediation: 'systemctl enable nftables (or netfilter-persistent, ufw, firewalld), so the ruleset survives a reboot.',
  messages: { none: 'no firewall service is enabled (looked for {{units}})' },
  evaluate({ 'linux.services': svc }, ctx) {
    const on = UNITS.filter((u) => svc.enabled.includes(u));
    return on.length > 0 ? ctx.pass(undefined, undefined, { evidence: `enabled: ${on.join(', ')}` }) : ctx.fail('none', { units: UNITS.join(', ') });
  },
});
