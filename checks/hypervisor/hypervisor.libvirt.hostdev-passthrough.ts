import { defineCheck } from '../../src/engine/check.js';
import { perDomain } from '../../src/kit/hypervisor/check-kit.js';

export default defineCheck({
  id: 'hypervisor.libvirt.hostdev-passthrough',
  title: 'No host PCI or USB device is passed through to a guest',
  rationale: 'A passed-through device gives the guest direct DMA and firmware access to host hardware, outside what the hypervisor mediates; a malicious guest can attack the device, the IOMMU configuration or the host through it.',
  severity: 'medium',
  pillar: 'devices',
  function: 'Device Threat Protection',
  stage: 'initial',
  targetKinds: ['libvirt', 'linux'],
  facts: ['libvirt.domains'],
  references: ['libvirt domain XML, Host device assignment: https://libvirt.org/formatdomain.html#host-device-assignment', 'QEMU security, untrusted passthrough devices (PCI, USB): https://qemu.org/docs/master/system/security.html', 'NIST SP 800-125 4.1', 'NIST SP 800-53 SC-39'],
  remediation: 'Remove the <hostdev> elements (virsh detach-device) unless the guest needs the device; where it must stay, record an exception, keep the IOMMU on (intel_iommu=on / amd_iommu=on) and the device firmware current.',
  messages: { passthrough: 'guest {{domain}}: {{detail}}' },
  evaluate({ 'libvirt.domains': facts }, ctx) {
    return perDomain(facts, ctx, (d) => d.hostdevs.map((h) => `host ${h.type} device ${h.id} passed through`), 'passthrough', () => 'no host devices');
  },
});
