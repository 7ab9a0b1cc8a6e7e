import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'hypervisor.libvirt.svirt-model-available',
  title: 'The hypervisor offers a security model to confine guests',
  rationale: 'virsh capabilities lists the security models (selinux, apparmor) the driver confines guests with; with none, no guest is isolated from the others by mandatory access control.',
  severity: 'medium',
  pillar: 'applications_workloads',
  function: 'Application Threat Protections',
  stage: 'initial',
  targetKinds: ['libvirt', 'linux'],
  facts: ['libvirt.host'],
  references: ['libvirt capabilities XML, Host capabilities (secmodel): https://libvirt.org/formatcaps.html', 'libvirt QEMU driver, Driver security architecture: https://libvirt.org/drvqemu.html', 'NIST SP 800-53 SC-39'],
  remediation: 'Enable SELinux or AppArmor on the host (with the libvirt policy installed) and leave security_driver unset in qemu.conf; virsh capabilities then shows a <secmodel>.',
  messages: { missing: 'no security model offered by {{uri}} ({{models}})' },
  evaluate({ 'libvirt.host': host }, ctx) {
    const real = host.secModels.filter((m) => m !== 'none');
    if (real.length === 0) return ctx.fail('missing', { uri: host.uri, models: host.secModels.join(', ') || 'no secmodel' });
    return ctx.pass(undefined, undefined, { evidence: `secmodel ${real.join(', ')}` });
  },
});
