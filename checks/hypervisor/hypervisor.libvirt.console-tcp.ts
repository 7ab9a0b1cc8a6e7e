import { defineCheck } from '../../src/engine/check.js';
import { isLoopback, perDomain } from '../../src/kit/hypervisor/check-kit.js';

export default defineCheck({
  id: 'hypervisor.libvirt.console-tcp',
  title: 'No guest serial console or channel is exposed on the network without TLS',
  rationale: 'A serial console or channel bound to a TCP/UDP port (often telnet) gives anyone who reaches it a login prompt or the guest agent, unauthenticated and unencrypted.',
  severity: 'high',
  pillar: 'networks',
  function: 'Network Segmentation',
  stage: 'initial',
  targetKinds: ['libvirt', 'linux'],
  facts: ['libvirt.domains'],
  references: ['libvirt domain XML, Consoles, serial, parallel & channel devices (TCP client/server, tls): https://libvirt.org/formatdomain.html#consoles-serial-parallel-channel-devices', 'NIST SP 800-53 AC-17', 'NIST SP 800-53 SC-8'],
  remediation: "Use <serial type='pty'> (reached with virsh console over qemu+ssh) or a UNIX socket; if a TCP console is needed, bind it to 127.0.0.1 or set <source ... tls='yes'/> with chardev_tls = 1 in qemu.conf.",
  messages: { exposed: 'guest {{domain}}: {{detail}}' },
  evaluate({ 'libvirt.domains': facts }, ctx) {
    return perDomain(
      facts,
      ctx,
      (d) => d.chardevs
        .filter((c) => (c.type === 'tcp' && (c.mode ?? 'connect') === 'bind' && !isLoopback(c.host ?? '0.0.0.0') && !c.tls) || (c.type === 'udp' && !isLoopback(c.host ?? '0.0.0.0')))
        .map((c) => `${c.device} on ${c.type} ${c.host ?? '*'}:${c.service ?? '?'}${c.protocol ? ` (${c.protocol})` : ''} without TLS`),
      'exposed',
      (d) => (d.chardevs.length ? d.chardevs.map((c) => `${c.device} ${c.type}`).join(', ') : 'no character devices'),
    );
  },
});
