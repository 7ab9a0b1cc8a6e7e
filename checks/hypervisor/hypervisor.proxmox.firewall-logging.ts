import { defineCheck } from '../../src/engine/check.js';
import { perNode } from '../../src/kit/hypervisor/proxmox-kit.js';

export default defineCheck({
  id: 'hypervisor.proxmox.firewall-logging',
  title: 'Every Proxmox VE node logs the input its firewall drops',
  rationale: 'With log_level_in nolog (the default) a node drops probes and scans of its management plane without a trace; logging them gives the SIEM the earliest sign of someone mapping the hypervisors.',
  severity: 'low',
  pillar: 'visibility_analytics',
  function: 'Visibility & Analytics',
  stage: 'advanced',
  targetKinds: ['proxmox'],
  facts: ['proxmox.node-firewall'],
  references: [
    'Proxmox VE Administration Guide, Proxmox VE Firewall: Logging of firewall rules (https://pve.proxmox.com/pve-docs/chapter-pve-firewall.html)',
    'Proxmox VE API: GET /nodes/{node}/firewall/options, log_level_in (https://pve.proxmox.com/pve-docs/api-viewer/#/nodes/{node}/firewall/options)',
    'NIST SP 800-53 AU-2, SI-4',
  ],
  remediation: 'Set a log level for dropped input on each node (NODE > Firewall > Options > log_level_in: info, or log_level_in: info in /etc/pve/nodes/NODE/host.fw) and forward /var/log/pve-firewall.log to the central log store.',
  messages: { silent: 'node {{node}}: {{detail}}' },
  evaluate({ 'proxmox.node-firewall': fw }, ctx) {
    return perNode(fw, ctx, (n) => (n.logLevelIn === 'nolog' ? ['dropped input is not logged (log_level_in: nolog)'] : []), 'silent', (n) => `log_level_in: ${n.logLevelIn}`);
  },
});
