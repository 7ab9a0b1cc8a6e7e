import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'linux.storage.root-encrypted',
  title: 'The root filesystem is encrypted at rest (LUKS)',
  rationale: 'A lost disk, a decommissioned drive or a copied VM image must not hand over the data and the credentials stored on it.',
  severity: 'high',
  pillar: 'data',
  function: 'Data Encryption',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['linux.storage'],
  references: ['NIST SP 800-53 SC-28(1)', 'CISA ZTMM v2 Data: Data Encryption'],
  remediation: 'Reinstall or migrate the root filesystem onto a LUKS2 volume (cryptsetup luksFormat), unlocked at boot by TPM2 (systemd-cryptenroll) or a passphrase.',
  messages: { plain: 'the root filesystem is not encrypted: {{detail}}' },
  evaluate({ 'linux.storage': s }, ctx) {
    return s.rootEncrypted ? ctx.pass(undefined, undefined, { evidence: s.detail }) : ctx.fail('plain', { detail: s.detail });
  },
});
