import { defineCheck } from '../../src/engine/check.js';
import { perNode } from '../../src/kit/hypervisor/proxmox-kit.js';

export default defineCheck({
  id: 'hypervisor.proxmox.node-firewall',
  title: 'No Proxmox VE node turns its own firewall off',
  rationale: "A node whose host.fw says enable: 0 drops out of the datacenter firewall: its management ports are open whatever the cluster rules say.",
  severity: 'high',
  pillar: 'networks',
  function: 'Network Segmentation',
  stage: 'initial',
  targetKinds: ['proxmox'],
  facts: ['proxmox.node-firewall'],
  references: [
    'Proxmox VE Administration Guide, Proxmox VE Firewall: Host Specific Configuration (https://pve.proxmox.com/pve-docs/chapter-pve-firewall.html)',
    'Proxmox VE API: GET /nodes/{node}/firewall/options, enable (https://pve.proxmox.com/pve-docs/api-viewer/#/nodes/{node}/firewall/options)',
    'NIST SP 800-53 SC-7',
  ],
  remediation: 'Enable the host firewall on the node: NODE > Firewall > Options > Firewall: Yes (or remove enable: 0 from /etc/pve/nodes/NODE/host.fw).',
  messages: { off: 'node {{node}}: {{detail}}' },
  evaluate({ 'proxmox.node-firewall': fw }, ctx) {
    return perNode(fw, ctx, (n) => (n.enable ? [] : ['host firewall disabled (host.fw enable: 0)']), 'off', () => 'host firewall enabled');
  },
});
