import { defineCheck } from '../../src/engine/check.js';
import { tcpListeners } from '../../src/kit/hypervisor/check-kit.js';

export default defineCheck({
  id: 'hypervisor.libvirt.tcp-listener',
  title: 'libvirt accepts remote management only over TLS or SSH (no plain TCP listener)',
  rationale: 'The plain TCP socket (16509) carries the management protocol without TLS; only some SASL mechanisms encrypt it, and a misconfiguration leaves guest control in cleartext on the network.',
  severity: 'medium',
  pillar: 'networks',
  function: 'Traffic Encryption',
  stage: 'initial',
  targetKinds: ['libvirt', 'linux'],
  facts: ['libvirt.config'],
  references: ['libvirt remote support, Transports: https://libvirt.org/remote.html', 'NIST SP 800-53 SC-8', 'NIST SP 800-207 tenet 2'],
  remediation: 'Set listen_tcp = 0 in libvirtd.conf (or disable libvirtd-tcp.socket / virtproxyd-tcp.socket) and manage the host over qemu+tls:// or qemu+ssh://.',
  messages: { listening: '{{where}} listens on plain TCP' },
  evaluate({ 'libvirt.config': config }, ctx) {
    const tcp = tcpListeners(config);
    if (tcp.length) return ctx.fail('listening', { where: tcp.map((l) => l.where).join(', ') });
    return ctx.pass(undefined, undefined, { evidence: 'no plain TCP listener' });
  },
});
