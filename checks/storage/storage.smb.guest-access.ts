import { defineCheck, type CheckOutcome } from '../../src/engine/check.js';
import { isYes, liveShares, shareValue, smbOrigin } from '../../src/kit/storage/check-kit.js';

export default defineCheck({
  id: 'storage.smb.guest-access',
  title: 'Samba maps no login to guest and no share admits guests',
  rationale: 'Guest access is access without identity: "map to guest = Bad User" turns a mistyped or unknown user into the guest account, and "guest ok" shares need no password at all.',
  severity: 'high',
  pillar: 'identity',
  function: 'Authentication',
  stage: 'traditional',
  targetKinds: ['linux'],
  facts: ['storage.smb'],
  references: ['smb.conf(5): map to guest, guest ok, usershare allow guests', 'NIST SP 800-209 (Security Guidelines for Storage Infrastructure): authentication and authorization', 'NIST SP 800-53 IA-2'],
  remediation: 'Set "map to guest = Never" and "usershare allow guests = no" in [global], remove "guest ok = yes" / "public = yes" / "guest only" from every share, and reload smbd.',
  messages: {
    mapToGuest: 'map to guest is {{value}} ({{origin}}): failed or unknown logins become the guest account',
    usershares: 'usershare allow guests is yes: users can publish guest shares',
    guestShare: 'share [{{share}}] admits guests ({{param}} = Yes)',
    ok: 'no guest mapping and no guest share ({{count}} shares)',
  },
  evaluate({ 'storage.smb': smb }, ctx) {
    const out: CheckOutcome[] = [];
    const loc = { evidence: smb.file };
    const map = smb.global['map to guest'] ?? 'Never';
    if (!/^never$/i.test(map.trim())) out.push(ctx.fail('mapToGuest', { value: map, origin: smbOrigin(smb, 'map to guest') }, { ...loc, resource: { kind: 'SmbSetting', name: 'map to guest' } }));
    if (isYes(smb.global['usershare allow guests'])) out.push(ctx.fail('usershares', {}, { ...loc, resource: { kind: 'SmbSetting', name: 'usershare allow guests' } }));
    for (const share of liveShares(smb)) {
      for (const param of ['guest ok', 'guest only']) {
        if (isYes(shareValue(smb, share, param))) {
          out.push(ctx.fail('guestShare', { share: share.name, param }, { ...loc, resource: { kind: 'SmbShare', name: share.name } }));
          break;
        }
      }
    }
    return out.length ? out : ctx.pass('ok', { count: smb.shares.length });
  },
});
