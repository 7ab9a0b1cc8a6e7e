import { defineCheck } from '../../src/engine/check.js';
import { asText } from '../../src/kit/hypervisor/check-kit.js';

export default defineCheck({
  id: 'hypervisor.libvirt.security-driver-none',
  title: 'The QEMU driver does not disable sVirt (security_driver is not "none")',
  rationale: 'security_driver = "none" in qemu.conf turns off SELinux/AppArmor confinement of every guest at once.',
  severity: 'high',
  pillar: 'applications_workloads',
  function: 'Application Threat Protections',
  stage: 'initial',
  targetKinds: ['libvirt', 'linux'],
  facts: ['libvirt.config'],
  references: ['libvirt QEMU driver, Driver security architecture: https://libvirt.org/drvqemu.html', 'NIST SP 800-125 4.1', 'NIST SP 800-53 SC-39'],
  remediation: 'Remove security_driver = "none" from /etc/libvirt/qemu.conf (or set it to "selinux" or "apparmor"), restart virtqemud or libvirtd, then restart the guests.',
  messages: { none: 'qemu.conf sets security_driver = "{{value}}"' },
  evaluate({ 'libvirt.config': config }, ctx) {
    const raw = config.files['qemu.conf']?.security_driver;
    const drivers = raw === undefined ? [] : Array.isArray(raw) ? raw : [String(raw)];
    if (drivers.includes('none')) return ctx.fail('none', { value: asText(raw) });
    return ctx.pass(undefined, undefined, { evidence: drivers.length ? `security_driver = ${asText(raw)}` : 'security_driver not set: the host security driver is used' });
  },
});
