import { defineCheck } from '../../src/engine/check.js';
import { perVm } from '../../src/kit/hypervisor/vsphere-kit.js';

export default defineCheck({
  id: 'hypervisor.vsphere.vm-encryption',
  title: 'Every VM is encrypted (VM Encryption)',
  rationale: "A VM's disks and files sit in plain form on shared datastores, their backups and replicas: anyone who reads the storage reads the guest. VM Encryption keeps them encrypted with keys from a key provider.",
  severity: 'medium',
  pillar: 'data',
  function: 'Data Encryption',
  stage: 'advanced',
  targetKinds: ['vsphere'],
  facts: ['vsphere.vms'],
  references: ['VMware vSphere Security, Virtual Machine Encryption (VMware vSphere 8 product documentation)', 'vSphere Web Services API, VirtualMachineConfigInfo.keyId: https://developer.broadcom.com/xapis/vsphere-web-services-api/8.0U3/vim.vm.ConfigInfo.html', 'VMware vSphere Security Configuration Guide 8 (controls and audit-*-8.ps1): https://github.com/vmware/vcf-security-and-compliance-guidelines/tree/main/security-configuration-hardening-guide/vsphere/8.0', 'NIST SP 800-53 SC-28(1)'],
  remediation: 'Configure a key provider (vSphere Native Key Provider or a KMS), then apply the VM Encryption storage policy to the VM home and its disks (VM > VM Policies > Edit VM Storage Policies); a powered-off VM is encrypted in place.',
  messages: { plain: 'VM {{name}}: {{detail}}' },
  evaluate({ 'vsphere.vms': facts }, ctx) {
    return perVm(facts, ctx, (v) => (v.encrypted ? [] : ['not encrypted (config.keyId unset)']), 'plain', (v) => `encrypted, key provider ${v.keyProvider ?? 'unnamed'}`);
  },
});
