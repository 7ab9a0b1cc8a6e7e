import { defineCheck } from '../../src/engine/check.js';
import { perVm } from '../../src/kit/hypervisor/proxmox-kit.js';

export default defineCheck({
  id: 'hypervisor.proxmox.pci-passthrough',
  title: 'No Proxmox VE guest gets a host PCI or USB device passed through',
  rationale: 'A passed-through device gives the guest direct DMA and firmware access to host hardware: isolation then rests on the IOMMU and the device, a device reset bug or malicious firmware crosses guest boundaries, and the guest can no longer be live-migrated.',
  severity: 'medium',
  pillar: 'applications_workloads',
  function: 'Application Threat Protections',
  stage: 'advanced',
  targetKinds: ['proxmox'],
  facts: ['proxmox.vms'],
  references: [
    'Proxmox VE Administration Guide, PCI(e) Passthrough (https://pve.proxmox.com/pve-docs/chapter-qm.html)',
    'Proxmox VE API: GET /nodes/{node}/qemu/{vmid}/config, hostpci[n], usb[n] (https://pve.proxmox.com/pve-docs/api-viewer/#/nodes/{node}/qemu/{vmid}/config)',
    'NIST SP 800-125A Rev. 1 (device emulation and passthrough)',
    'NIST SP 800-53 SC-39',
  ],
  remediation: 'Remove the hostpciN/usbN entries that pass host devices (qm set VMID --delete hostpci0); where a GPU or NIC must be passed through, keep that guest on dedicated nodes with the IOMMU on and ACS isolation, and record it as an accepted exception.',
  messages: { passthrough: 'guest {{vm}}: {{detail}}' },
  evaluate({ 'proxmox.vms': vms }, ctx) {
    return perVm(vms, ctx, (vm) => [...vm.hostpci.map((h) => `host PCI device ${h}`), ...vm.usbHost.map((u) => `host USB device ${u}`)], 'passthrough', () => 'no host devices');
  },
});
