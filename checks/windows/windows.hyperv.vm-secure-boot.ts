import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'windows.hyperv.vm-secure-boot',
  title: 'Every Hyper-V guest boots with Secure Boot',
  rationale: 'Secure Boot in the guest firmware keeps bootkits and unsigned boot loaders out of the guest; generation 1 guests (BIOS) cannot have it.',
  severity: 'medium',
  pillar: 'devices',
  function: 'Device Threat Protection',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.hyperv'],
  references: [
    'Microsoft, Set-VMFirmware (-EnableSecureBoot): https://learn.microsoft.com/powershell/module/hyper-v/set-vmfirmware',
    'Microsoft, Should I create a generation 1 or 2 virtual machine in Hyper-V?: https://learn.microsoft.com/windows-server/virtualization/hyper-v/plan/should-i-create-a-generation-1-or-2-virtual-machine-in-hyper-v',
    'NIST SP 800-193',
  ],
  remediation: 'Set-VMFirmware -VMName NAME -EnableSecureBoot On (with the MicrosoftUEFICertificateAuthority template for Linux guests); rebuild generation 1 guests as generation 2.',
  messages: { off: 'guest {{vm}}: {{why}}' },
  evaluate({ 'windows.hyperv': h }, ctx) {
    if (h.vms.length === 0) return ctx.notApplicable('no virtual machines on this Hyper-V host');
    return h.vms.map((vm) => {
      const resource = { kind: 'VirtualMachine', name: vm.name };
      if (vm.generation < 2) return ctx.fail('off', { vm: vm.name, why: 'generation 1 (BIOS): Secure Boot is not possible' }, { resource });
      return vm.secureBoot ? ctx.pass(undefined, undefined, { resource, evidence: 'SecureBoot = On' }) : ctx.fail('off', { vm: vm.name, why: 'Secure Boot is off' }, { resource });
    });
  },
});
