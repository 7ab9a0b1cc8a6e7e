import { defineCheck } from '../../src/engine/check.js';
import { dialectRank, smbOrigin } from '../../src/kit/storage/check-kit.js';

export default defineCheck({
  id: 'storage.smb.min-protocol',
  title: 'Samba refuses SMB1 (server min protocol SMB2_02 or later)',
  rationale: 'SMB1 (NT1 and older) has no pre-authentication integrity, weak signing and the history of wormable flaws (EternalBlue); a server that still speaks it lets any client downgrade to it.',
  severity: 'high',
  pillar: 'networks',
  function: 'Data Encryption',
  stage: 'traditional',
  targetKinds: ['linux'],
  facts: ['storage.smb'],
  references: ['smb.conf(5): server min protocol', 'Samba 4.11 release notes: SMB1 disabled by default', 'NIST SP 800-53 CM-7, SC-8'],
  remediation: 'Set "server min protocol = SMB3_00" (at least SMB2_02) in [global] of /etc/samba/smb.conf and reload smbd (smbcontrol smbd reload-config).',
  messages: { smb1: 'server min protocol is {{value}} ({{origin}}): SMB1 clients are accepted', unknown: 'server min protocol is {{value}} ({{origin}}), not a dialect ztaudit knows', ok: 'server min protocol is {{value}} ({{origin}})' },
  evaluate({ 'storage.smb': smb }, ctx) {
    const value = smb.global['server min protocol'] ?? 'SMB2_02';
    const origin = smbOrigin(smb, 'server min protocol');
    const rank = dialectRank(value);
    const loc = { evidence: smb.file };
    if (rank < 0) return ctx.warn('unknown', { value, origin }, loc);
    if (rank < dialectRank('SMB2_02')) return ctx.fail('smb1', { value, origin }, loc);
    return ctx.pass('ok', { value, origin });
  },
});
