import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'hypervisor.proxmox.firewall-input-policy',
  title: 'The datacenter firewall drops or rejects input that no rule allows',
  rationale: 'With policy_in ACCEPT the firewall is an allow-all list: every port of every node that no rule names is open, so the firewall only blocks what someone thought to deny.',
  severity: 'medium',
  pillar: 'networks',
  function: 'Network Segmentation',
  stage: 'initial',
  targetKinds: ['proxmox'],
  facts: ['proxmox.cluster-firewall'],
  references: [
    'Proxmox VE Administration Guide, Proxmox VE Firewall: Cluster Wide Setup, policy_in (https://pve.proxmox.com/pve-docs/chapter-pve-firewall.html)',
    'Proxmox VE API: GET /cluster/firewall/options, policy_in (https://pve.proxmox.com/pve-docs/api-viewer/#/cluster/firewall/options)',
    'NIST SP 800-53 SC-7(5) (deny by default, allow by exception)',
    'NIST SP 800-207 tenet 3',
  ],
  remediation: 'Set the input policy back to DROP (Datacenter > Firewall > Options > Input Policy, or policy_in: DROP in /etc/pve/firewall/cluster.fw) after adding rules or the management IP set for what must stay reachable.',
  messages: { accept: 'the datacenter input policy is ACCEPT: input that no rule matches is allowed' },
  evaluate({ 'proxmox.cluster-firewall': fw }, ctx) {
    return fw.policyIn === 'ACCEPT' ? ctx.fail('accept') : ctx.pass(undefined, undefined, { evidence: `policy_in: ${fw.policyIn}${fw.enable ? '' : ' (the firewall itself is disabled)'}` });
  },
});
