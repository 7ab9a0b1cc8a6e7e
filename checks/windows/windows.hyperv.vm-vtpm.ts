import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'windows.hyperv.vm-vtpm',
  title: 'Every Hyper-V guest has a virtual TPM (shielded where it can be)',
  rationale: 'A vTPM lets a guest use BitLocker, measured boot and Credential Guard; shielding (a vTPM with encrypted state and migration traffic) also keeps the host administrator out of the guest.',
  severity: 'medium',
  pillar: 'devices',
  function: 'Device Threat Protection',
  stage: 'advanced',
  targetKinds: ['windows'],
  facts: ['windows.hyperv'],
  references: [
    'Microsoft, Guarded fabric and shielded VMs overview: https://learn.microsoft.com/windows-server/security/guarded-fabric-shielded-vm/guarded-fabric-and-shielded-vms',
    'Microsoft, Enable-VMTPM / Get-VMSecurity: https://learn.microsoft.com/powershell/module/hyper-v/enable-vmtpm',
    'NIST SP 800-125A Rev. 1 (hypervisor platform security)',
  ],
  remediation: 'For each generation 2 guest: Set-VMKeyProtector -VMName NAME -NewLocalKeyProtector (or a Host Guardian Service key protector) and Enable-VMTPM -VMName NAME; rebuild generation 1 guests as generation 2.',
  messages: { missing: 'guest {{vm}}: {{why}}' },
  evaluate({ 'windows.hyperv': h }, ctx) {
    if (h.vms.length === 0) return ctx.notApplicable('no virtual machines on this Hyper-V host');
    return h.vms.map((vm) => {
      const resource = { kind: 'VirtualMachine', name: vm.name };
      if (vm.generation < 2) return ctx.fail('missing', { vm: vm.name, why: 'generation 1: no vTPM is possible' }, { resource });
      if (!vm.tpmEnabled) return ctx.fail('missing', { vm: vm.name, why: 'no virtual TPM (TpmEnabled = False)' }, { resource });
      return ctx.pass(undefined, undefined, { resource, evidence: `TpmEnabled = True${vm.shielded ? ', Shielded = True' : ''}` });
    });
  },
});
