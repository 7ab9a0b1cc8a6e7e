import { defineCheck } from '../../src/engine/check.js';
import { perNode } from '../../src/kit/hypervisor/proxmox-kit.js';

export default defineCheck({
  id: 'hypervisor.proxmox.pending-updates',
  title: 'No Proxmox VE node has package updates waiting',
  rationale: 'The hypervisor is the one host every guest trusts: a node whose kernel, QEMU, pve-manager or OpenSSL update sits in the queue keeps the known holes it fixes open for every guest on it.',
  severity: 'high',
  pillar: 'devices',
  function: 'Device Threat Protection',
  stage: 'initial',
  targetKinds: ['proxmox'],
  facts: ['proxmox.updates'],
  references: [
    'Proxmox VE Administration Guide, Host System Administration: System Software Updates (https://pve.proxmox.com/pve-docs/chapter-sysadmin.html)',
    'Proxmox VE API: GET /nodes/{node}/apt/update (https://pve.proxmox.com/pve-docs/api-viewer/#/nodes/{node}/apt/update)',
    'NIST SP 800-53 SI-2',
    'CISA ZTMM v2 Devices: Device Threat Protection',
  ],
  remediation: 'Upgrade the node (NODE > Updates > Upgrade, or apt update && apt full-upgrade on it; never apt upgrade alone), migrating its guests away first if a reboot is needed, and reboot into the new kernel.',
  messages: { behind: 'node {{node}}: {{detail}}' },
  evaluate({ 'proxmox.updates': updates }, ctx) {
    return perNode(
      updates,
      ctx,
      (n) => {
        if (n.packages.length === 0) return [];
        const named = n.packages.slice(0, 8).map((p) => `${p.package} ${p.oldVersion ?? '(new)'} -> ${p.version} (${p.origin})`);
        return [`${n.packages.length} pending update${n.packages.length === 1 ? '' : 's'}: ${named.join(', ')}${n.packages.length > 8 ? ', ...' : ''}`];
      },
      'behind',
      () => 'no pending updates',
    );
  },
});
