import { defineCheck } from '../../src/engine/check.js';
import { perDomain } from '../../src/kit/hypervisor/check-kit.js';

export default defineCheck({
  id: 'hypervisor.libvirt.secure-boot-vtpm',
  title: 'Every guest boots with UEFI Secure Boot and has a vTPM',
  rationale: "Secure Boot keeps unsigned boot loaders and kernels out of the guest's boot chain, and a vTPM gives it measured boot and a place for keys (disk encryption, attestation).",
  severity: 'low',
  pillar: 'devices',
  function: 'Device Threat Protection',
  stage: 'advanced',
  targetKinds: ['libvirt', 'linux'],
  facts: ['libvirt.domains'],
  references: ['libvirt knowledge base, Secure Boot: https://libvirt.org/kbase/secureboot.html', 'libvirt domain XML, TPM device: https://libvirt.org/formatdomain.html#tpm-device', 'NIST SP 800-193', 'NIST SP 800-53 SI-7(9)'],
  remediation: "Define the guest with <os firmware='efi'> and <feature enabled='yes' name='secure-boot'/> (and enrolled-keys), and add <tpm model='tpm-crb'><backend type='emulator' version='2.0'/></tpm> (swtpm on the host).",
  messages: { missing: 'guest {{domain}}: {{detail}}' },
  evaluate({ 'libvirt.domains': facts }, ctx) {
    return perDomain(
      facts,
      ctx,
      (d) => [...(d.secureBoot ? [] : [d.efi ? 'UEFI without Secure Boot' : 'BIOS boot (no UEFI Secure Boot)']), ...(d.tpm ? [] : ['no vTPM'])],
      'missing',
      (d) => `Secure Boot, vTPM ${d.tpm?.model ?? ''} (${d.tpm?.backend ?? ''})`,
    );
  },
});
