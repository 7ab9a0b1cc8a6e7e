import { defineCheck } from '../../src/engine/check.js';
import { asText } from '../../src/kit/hypervisor/check-kit.js';

const ROOT = new Set(['root', '+0', '0']);

export default defineCheck({
  id: 'hypervisor.libvirt.qemu-not-root',
  title: 'QEMU processes do not run as root',
  rationale: 'With user = "root" in qemu.conf every guest\'s QEMU process runs with full host privileges: one guest escape is a host compromise.',
  severity: 'high',
  pillar: 'devices',
  function: 'Device Threat Protection',
  stage: 'initial',
  targetKinds: ['libvirt', 'linux'],
  facts: ['libvirt.config'],
  references: ['libvirt QEMU driver, POSIX users/groups: https://libvirt.org/drvqemu.html', 'NIST SP 800-53 AC-6', 'NIST SP 800-125 4.1'],
  remediation: 'Set user and group in /etc/libvirt/qemu.conf to the unprivileged account the distribution provides (libvirt-qemu on Debian, qemu on Fedora/RHEL), or remove them to use that default, and restart the daemon and the guests.',
  messages: { root: 'qemu.conf sets user = "{{user}}": QEMU runs as root' },
  evaluate({ 'libvirt.config': config }, ctx) {
    const user = config.files['qemu.conf']?.user;
    if (user !== undefined && ROOT.has(asText(user).trim())) return ctx.fail('root', { user: asText(user) });
    return ctx.pass(undefined, undefined, { evidence: user === undefined ? 'user not set in qemu.conf: the build default (an unprivileged account) is used' : `user = ${asText(user)}` });
  },
});
