import { defineCheck } from '../../src/engine/check.js';
import { asText } from '../../src/kit/hypervisor/check-kit.js';

export default defineCheck({
  id: 'hypervisor.libvirt.migration-tls',
  title: 'Guest migration is forced over TLS (migrate_tls_force = 1)',
  rationale: 'Live migration streams the whole guest memory, keys and secrets included; unless qemu.conf forces TLS, a migration (peer-to-peer or direct) that does not ask for it travels in cleartext.',
  severity: 'medium',
  pillar: 'networks',
  function: 'Traffic Encryption',
  stage: 'advanced',
  targetKinds: ['libvirt', 'linux'],
  facts: ['libvirt.config'],
  references: ['libvirt migration, Data transports: https://libvirt.org/migration.html', 'libvirt qemu.conf migrate_tls_force (src/qemu/qemu.conf.in)', 'NIST SP 800-125 5.2', 'NIST SP 800-53 SC-8'],
  remediation: 'Issue the hosts x509 certificates for migration (migrate_tls_x509_cert_dir or default_tls_x509_cert_dir), set migrate_tls_force = 1 in /etc/libvirt/qemu.conf on every host and restart the daemon; migrate with --tls.',
  messages: { optional: 'qemu.conf migrate_tls_force is {{value}}: migration without TLS is allowed' },
  evaluate({ 'libvirt.config': config }, ctx) {
    const v = config.files['qemu.conf']?.migrate_tls_force;
    if (asText(v) === '1') return ctx.pass(undefined, undefined, { evidence: 'migrate_tls_force = 1' });
    return ctx.fail('optional', { value: v === undefined ? 'not set (0)' : asText(v) });
  },
});
