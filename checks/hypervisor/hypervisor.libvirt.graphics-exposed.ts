import { defineCheck } from '../../src/engine/check.js';
import { isLoopback, perDomain } from '../../src/kit/hypervisor/check-kit.js';

export default defineCheck({
  id: 'hypervisor.libvirt.graphics-exposed',
  title: 'No guest console (VNC/SPICE) listens beyond loopback without a password or TLS',
  rationale: "A VNC or SPICE server on a routable address without a password or TLS gives anyone who reaches the port the guest's keyboard and screen.",
  severity: 'high',
  pillar: 'networks',
  function: 'Network Segmentation',
  stage: 'initial',
  targetKinds: ['libvirt', 'linux'],
  facts: ['libvirt.domains'],
  references: ['libvirt domain XML, Graphical framebuffers: https://libvirt.org/formatdomain.html#graphical-framebuffers', 'QEMU security, untrusted user-facing interfaces (VNC, SPICE): https://qemu.org/docs/master/system/security.html', 'NIST SP 800-125 5.1', 'NIST SP 800-53 AC-17'],
  remediation: "Make the console listen on 127.0.0.1 (or a UNIX socket) and reach it through an SSH tunnel or virt-viewer over qemu+ssh; if it must listen on the network, set a password and enable TLS (vnc_tls = 1 in qemu.conf, SPICE defaultMode='secure').",
  messages: { exposed: 'guest {{domain}}: {{detail}}' },
  evaluate({ 'libvirt.domains': facts }, ctx) {
    return perDomain(
      facts,
      ctx,
      (d) => d.graphics.filter((g) => (g.type === 'vnc' || g.type === 'spice' || g.type === 'rdp') && !g.socket && g.listen.some((a) => !isLoopback(a)) && !g.password && !g.tls)
        .map((g) => `${g.type} listens on ${g.listen.filter((a) => !isLoopback(a)).join(', ')} with no password and no TLS`),
      'exposed',
      (d) => (d.graphics.length ? d.graphics.map((g) => `${g.type} ${g.socket ? 'socket' : g.listen.join(',') || 'default listen'}${g.password ? ' password' : ''}${g.tls ? ' tls' : ''}`).join('; ') : 'no graphics'),
    );
  },
});
