import { defineCheck } from '../../src/engine/check.js';
import { tcpListeners } from '../../src/kit/hypervisor/check-kit.js';

export default defineCheck({
  id: 'hypervisor.libvirt.tcp-auth',
  title: 'The libvirt TCP listener requires authentication',
  rationale: 'auth_tcp = "none" on a listening TCP socket lets anyone who reaches port 16509 manage every guest, with full read-write access, unencrypted.',
  severity: 'critical',
  pillar: 'identity',
  function: 'Authentication',
  stage: 'initial',
  targetKinds: ['libvirt', 'linux'],
  facts: ['libvirt.config'],
  references: ['libvirt remote support, Transports and authentication: https://libvirt.org/remote.html', 'libvirt daemon authentication: https://libvirt.org/auth.html', 'NIST SP 800-53 IA-2', 'NIST SP 800-207 tenet 6'],
  remediation: 'Disable the TCP listener (listen_tcp = 0, disable libvirtd-tcp.socket / virtproxyd-tcp.socket) and use TLS (qemu+tls://) or SSH (qemu+ssh://); if TCP must stay, set auth_tcp = "sasl" with GSSAPI or SCRAM.',
  messages: { open: '{{where}} listens on TCP with auth_tcp = "none"' },
  evaluate({ 'libvirt.config': config }, ctx) {
    const tcp = tcpListeners(config);
    if (tcp.length === 0) return ctx.pass(undefined, undefined, { evidence: 'no TCP listener (listen_tcp off, no tcp socket unit enabled)' });
    const open = tcp.filter((l) => l.auth === 'none');
    if (open.length) return ctx.fail('open', { where: open.map((l) => l.where).join(', ') });
    return ctx.pass(undefined, undefined, { evidence: tcp.map((l) => `${l.where}: auth_tcp = ${l.auth}`).join('; ') });
  },
});
