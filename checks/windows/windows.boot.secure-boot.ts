import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'windows.boot.secure-boot',
  title: 'The host boots with UEFI Secure Boot',
  rationale: 'Secure Boot keeps unsigned boot loaders and bootkits (BlackLotus, for one) out of the boot chain, and is what Credential Guard, HVCI and BitLocker measurements build on.',
  severity: 'medium',
  pillar: 'devices',
  function: 'Device Threat Protection',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.secureboot'],
  references: [
    'Microsoft, Secure Boot: https://learn.microsoft.com/windows-hardware/design/device-experiences/oem-secure-boot',
    'NSA, UEFI Secure Boot Customization (2020) and BlackLotus Mitigation Guide (2023)',
    'NIST SP 800-193',
  ],
  remediation: 'Switch the firmware to UEFI mode (convert the disk with MBR2GPT if needed) and enable Secure Boot in the firmware settings (for a Hyper-V or VMware guest, in the VM settings).',
  messages: { off: '{{why}}' },
  evaluate({ 'windows.secureboot': sb }, ctx) {
    if (sb.enabled) return ctx.pass(undefined, undefined, { evidence: 'Confirm-SecureBootUEFI = True' });
    return ctx.fail('off', { why: sb.uefi ? 'UEFI firmware with Secure Boot off' : 'legacy BIOS boot: Secure Boot is not possible' });
  },
});
