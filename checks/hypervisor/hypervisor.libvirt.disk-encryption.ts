import { defineCheck } from '../../src/engine/check.js';
import { perDomain } from '../../src/kit/hypervisor/check-kit.js';

export default defineCheck({
  id: 'hypervisor.libvirt.disk-encryption',
  title: 'Guest disk images are encrypted',
  rationale: 'An unencrypted image can be read by anyone who gets the file: a backup, a storage snapshot, a decommissioned disk or another guest that escapes.',
  severity: 'medium',
  pillar: 'data',
  function: 'Data Protection',
  stage: 'advanced',
  targetKinds: ['libvirt', 'linux'],
  facts: ['libvirt.domains'],
  references: ['libvirt storage encryption (LUKS): https://libvirt.org/formatstorageencryption.html', 'NIST SP 800-125 4.4', 'NIST SP 800-53 SC-28'],
  remediation: "Move the guest to a LUKS-encrypted image (qemu-img convert with --object secret and -o encrypt.format=luks, or a storage pool volume with <encryption format='luks'>) and reference a libvirt secret from the disk's <encryption>; or encrypt inside the guest and record an exception.",
  messages: { plain: 'guest {{domain}}: {{detail}}' },
  evaluate({ 'libvirt.domains': facts }, ctx) {
    return perDomain(
      facts,
      ctx,
      (d) => d.disks.filter((k) => (k.device === 'disk' || k.device === 'lun') && !k.encrypted && !k.readonly).map((k) => `${k.source || k.type} is not encrypted`),
      'plain',
      (d) => (d.disks.some((k) => k.encrypted) ? 'every writable disk is LUKS-encrypted' : 'no writable disk'),
    );
  },
});
