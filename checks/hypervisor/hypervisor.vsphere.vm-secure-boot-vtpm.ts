import { defineCheck } from '../../src/engine/check.js';
import { perVm } from '../../src/kit/hypervisor/vsphere-kit.js';

export default defineCheck({
  id: 'hypervisor.vsphere.vm-secure-boot-vtpm',
  title: 'Every VM boots with UEFI Secure Boot and has a vTPM',
  rationale: "Secure Boot keeps unsigned boot loaders and kernels out of the guest's boot chain, and a virtual TPM gives it measured boot and a place for its keys (BitLocker, LUKS, attestation).",
  severity: 'low',
  pillar: 'devices',
  function: 'Device Threat Protection',
  stage: 'advanced',
  targetKinds: ['vsphere'],
  facts: ['vsphere.vms'],
  references: ['VMware vSphere Security, Virtual Trusted Platform Module (VMware vSphere 8 product documentation)', 'vSphere Web Services API, VirtualTPM: https://developer.broadcom.com/xapis/vsphere-web-services-api/8.0U3/vim.vm.device.VirtualTPM.html', 'VMware vSphere Security Configuration Guide 8 (controls and audit-*-8.ps1): https://github.com/vmware/vcf-security-and-compliance-guidelines/tree/main/security-configuration-hardening-guide/vsphere/8.0', 'NIST SP 800-193', 'NIST SP 800-53 SI-7(9)'],
  remediation: 'With the VM powered off: VM Options > Boot Options > Firmware EFI and Secure Boot enabled; Add New Device > Trusted Platform Module (needs a key provider, e.g. the vSphere Native Key Provider).',
  messages: { missing: 'VM {{name}}: {{detail}}' },
  evaluate({ 'vsphere.vms': facts }, ctx) {
    return perVm(
      facts,
      ctx,
      (v) => [...(v.secureBoot ? [] : [v.firmware === 'efi' ? 'EFI without Secure Boot' : `${v.firmware || 'BIOS'} boot (no UEFI Secure Boot)`]), ...(v.vtpm ? [] : ['no vTPM'])],
      'missing',
      () => 'EFI Secure Boot, vTPM',
    );
  },
});
