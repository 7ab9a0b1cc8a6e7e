import { defineCheck } from '../../src/engine/check.js';
import { perDomain } from '../../src/kit/hypervisor/check-kit.js';

export default defineCheck({
  id: 'hypervisor.libvirt.domain-seclabel-none',
  title: 'Every guest is confined by sVirt (no seclabel type none)',
  rationale: "A guest with <seclabel type='none'/> runs its QEMU process without an SELinux or AppArmor label: a guest that escapes into QEMU can reach every other guest's disks and the host's files the QEMU user can.",
  severity: 'high',
  pillar: 'applications_workloads',
  function: 'Application Threat Protections',
  stage: 'initial',
  targetKinds: ['libvirt', 'linux'],
  facts: ['libvirt.domains'],
  references: ['libvirt QEMU driver, Driver security architecture: https://libvirt.org/drvqemu.html', 'libvirt domain XML, Security label: https://libvirt.org/formatdomain.html#security-label', 'NIST SP 800-125 4.1', 'NIST SP 800-53 SC-39'],
  remediation: "Remove <seclabel type='none'/> from the guest (virsh edit NAME) so the host's security driver (SELinux or AppArmor) labels it dynamically, then restart the guest.",
  messages: { unconfined: 'guest {{domain}}: {{detail}}' },
  evaluate({ 'libvirt.domains': facts }, ctx) {
    return perDomain(facts, ctx, (d) => (d.seclabels.some((s) => s.type === 'none') ? ["seclabel type='none': QEMU runs unconfined"] : []), 'unconfined', (d) => (d.seclabels.length ? `seclabel ${d.seclabels.map((s) => [s.type, s.model].filter(Boolean).join('/')).join(', ')}` : "no seclabel: the host's default security driver labels it"));
  },
});
