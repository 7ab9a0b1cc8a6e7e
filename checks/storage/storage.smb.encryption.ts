import { defineCheck } from '../../src/engine/check.js';
import { isRequired, liveShares, shareValue } from '../../src/kit/storage/check-kit.js';

export default defineCheck({
  id: 'storage.smb.encryption',
  title: 'Every Samba share requires SMB3 encryption',
  rationale: 'File contents cross the network in clear unless SMB3 encryption is required; "desired" or "default" leaves it to the client.',
  severity: 'medium',
  pillar: 'data',
  function: 'Data Encryption',
  stage: 'advanced',
  targetKinds: ['linux'],
  facts: ['storage.smb'],
  references: ['smb.conf(5): server smb encrypt', 'NIST SP 800-53 SC-8(1)', 'NIST SP 800-209 (Security Guidelines for Storage Infrastructure): encryption of data in transit'],
  remediation: 'Set "server smb encrypt = required" in [global] (or on each share) of /etc/samba/smb.conf and reload smbd; SMB1 and SMB2 clients are refused, which is the intent.',
  messages: { plain: 'share [{{share}}] does not require encryption (server smb encrypt = {{value}})', ok: 'all {{count}} shares require encryption' },
  evaluate({ 'storage.smb': smb }, ctx) {
    const shares = liveShares(smb);
    if (shares.length === 0) return ctx.notApplicable('Samba defines no share');
    const bad = shares.filter((s) => !isRequired(shareValue(smb, s, 'server smb encrypt')));
    if (bad.length === 0) return ctx.pass('ok', { count: shares.length });
    return bad.map((s) => ctx.fail('plain', { share: s.name, value: shareValue(smb, s, 'server smb encrypt') ?? 'default' }, { resource: { kind: 'SmbShare', name: s.name }, evidence: smb.file }));
  },
});
