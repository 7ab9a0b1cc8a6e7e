import { defineCheck, type CheckOutcome } from '../../src/engine/check.js';

export default defineCheck({
  id: 'storage.luks.data-volumes',
  title: 'Every local data volume is encrypted at rest (LUKS)',
  rationale: 'Root and swap are not the only places data lands: database, backup and share volumes on a lost, returned or decommissioned disk must not be readable.',
  severity: 'high',
  pillar: 'data',
  function: 'Data Encryption',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['storage.luks'],
  references: ['NIST SP 800-209 (Security Guidelines for Storage Infrastructure): encryption of data at rest', 'NIST SP 800-53 SC-28(1)', 'crypttab(5)'],
  remediation: 'Move each plain data filesystem onto a LUKS2 volume (cryptsetup luksFormat --type luks2, or cryptsetup reencrypt --encrypt in place), list it in /etc/crypttab (key from TPM2 via systemd-cryptenroll, a key server, or a key file on the encrypted root) and mount /dev/mapper/<name>.',
  messages: {
    plain: '{{mountpoint}} ({{fstype}}) is not encrypted: {{detail}}',
    unknown: '{{mountpoint}} ({{fstype}}): {{detail}}',
    ok: '{{count}} data volumes, all on LUKS',
  },
  evaluate({ 'storage.luks': luks }, ctx) {
    if (luks.volumes.length === 0) return ctx.notApplicable('no local data volume besides /, /boot, the EFI partition and swap');
    const out: CheckOutcome[] = [];
    for (const v of luks.volumes) {
      const opts = { resource: { kind: 'Volume', name: v.mountpoint }, ...(luks.source === 'fstab+crypttab' ? { evidence: '/etc/fstab' } : {}) };
      if (v.encrypted === false) out.push(ctx.fail('plain', { mountpoint: v.mountpoint, fstype: v.fstype, detail: v.detail }, opts));
      else if (v.encrypted === null) out.push(ctx.warn('unknown', { mountpoint: v.mountpoint, fstype: v.fstype, detail: v.detail }, opts));
    }
    return out.length ? out : ctx.pass('ok', { count: luks.volumes.length }, { evidence: luks.volumes.map((v) => `${v.mountpoint}: ${v.detail}`).join('; ') });
  },
});
