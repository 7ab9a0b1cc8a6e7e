import { defineCheck } from '../../src/engine/check.js';
import { argsListeners, perVm } from '../../src/kit/hypervisor/proxmox-kit.js';

export default defineCheck({
  id: 'hypervisor.proxmox.vm-args-listeners',
  title: 'No Proxmox VE guest opens a console or monitor on the network through raw QEMU args',
  rationale: 'Proxmox VE consoles go through pveproxy with a ticket and the VM.Console privilege. Raw QEMU arguments (args:) bypass that: -vnc 0.0.0.0:N, a SPICE port or a TCP serial/monitor socket listens on the node with no Proxmox authentication, and a QEMU monitor gives full control of the guest.',
  severity: 'high',
  pillar: 'networks',
  function: 'Network Segmentation',
  stage: 'initial',
  targetKinds: ['proxmox'],
  facts: ['proxmox.vms'],
  references: [
    'Proxmox VE Administration Guide, Qemu/KVM Virtual Machines: args (https://pve.proxmox.com/pve-docs/chapter-qm.html)',
    'Proxmox VE API: GET /nodes/{node}/qemu/{vmid}/config, args (https://pve.proxmox.com/pve-docs/api-viewer/#/nodes/{node}/qemu/{vmid}/config)',
    'QEMU security, untrusted user-facing interfaces (VNC, SPICE, monitor): https://qemu.org/docs/master/system/security.html',
    'NIST SP 800-53 AC-17, CM-7',
  ],
  remediation: 'Remove the listener from the guest arguments (qm set VMID --delete args, or keep only what is needed) and use the noVNC/SPICE console through the Proxmox VE API; if an external console is required, bind it to 127.0.0.1 or a UNIX socket and reach it through SSH.',
  messages: { listens: 'guest {{vm}}: {{detail}}' },
  evaluate({ 'proxmox.vms': vms }, ctx) {
    return perVm(vms, ctx, (vm) => (vm.args ? argsListeners(vm.args) : []), 'listens', (vm) => (vm.args ? 'args open no network listener' : 'no raw QEMU args'));
  },
});
