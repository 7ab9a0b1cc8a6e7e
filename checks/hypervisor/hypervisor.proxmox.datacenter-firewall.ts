import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'hypervisor.proxmox.datacenter-firewall',
  title: 'The Proxmox VE datacenter firewall is enabled',
  rationale: 'The datacenter firewall is off by default, and while it is off no host or guest firewall rule applies anywhere in the cluster: the management plane (8006, SSH, VNC consoles 5900-5999, SPICE proxy 3128) is open to every network the nodes reach.',
  severity: 'high',
  pillar: 'networks',
  function: 'Network Segmentation',
  stage: 'initial',
  targetKinds: ['proxmox'],
  facts: ['proxmox.cluster-firewall'],
  references: [
    'Proxmox VE Administration Guide, Proxmox VE Firewall: Cluster Wide Setup (https://pve.proxmox.com/pve-docs/chapter-pve-firewall.html)',
    'Proxmox VE API: GET /cluster/firewall/options, enable (https://pve.proxmox.com/pve-docs/api-viewer/#/cluster/firewall/options)',
    'NIST SP 800-125A Rev. 1 (hypervisor management interfaces)',
    'NIST SP 800-53 SC-7',
  ],
  remediation: 'Allow the management networks first (IPSET management in /etc/pve/firewall/cluster.fw, or Datacenter > Firewall > IPSet), then enable the firewall: Datacenter > Firewall > Options > Firewall: Yes (or enable: 1 under [OPTIONS] in cluster.fw).',
  messages: { off: 'the datacenter firewall is disabled (cluster.fw enable: 0): no host or guest firewall rule applies' },
  evaluate({ 'proxmox.cluster-firewall': fw }, ctx) {
    return fw.enable ? ctx.pass(undefined, undefined, { evidence: `enable: 1, policy_in: ${fw.policyIn}` }) : ctx.fail('off');
  },
});
