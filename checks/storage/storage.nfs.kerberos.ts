import { defineCheck, type CheckOutcome } from '../../src/engine/check.js';
import { exportLocation, exportName } from '../../src/kit/storage/check-kit.js';

export default defineCheck({
  id: 'storage.nfs.kerberos',
  title: 'NFS exports require Kerberos (sec=krb5, krb5i or krb5p), not AUTH_SYS',
  rationale: 'With sec=sys (the default) the server believes the user and group ids the client sends: identity is asserted by the client, not proven. Kerberos authenticates each user, and krb5i/krb5p add integrity and encryption on the wire.',
  severity: 'medium',
  pillar: 'identity',
  function: 'Authentication',
  stage: 'advanced',
  targetKinds: ['linux'],
  facts: ['storage.nfs'],
  references: ['exports(5): sec= option', 'nfs(5): sec=krb5p', 'NIST SP 800-209 (Security Guidelines for Storage Infrastructure): authentication and authorization', 'NIST SP 800-53 IA-2, SC-8'],
  remediation: 'Join the server and clients to a Kerberos realm, add nfs/ service principals, and export with sec=krb5p (or krb5i) alone; drop sys from the sec= list.',
  messages: {
    sysOnly: '{{export}} offers {{sec}}: no Kerberos, the client asserts the user ids',
    sysAllowed: '{{export}} offers {{sec}}: AUTH_SYS is accepted next to Kerberos',
    ok: 'every export requires Kerberos ({{count}} client entries)',
  },
  evaluate({ 'storage.nfs': nfs }, ctx) {
    const out: CheckOutcome[] = [];
    for (const e of nfs.exports) {
      const weak = e.sec.filter((s) => s === 'sys' || s === 'none');
      if (weak.length === 0) continue;
      const krb = e.sec.some((s) => s.startsWith('krb5'));
      out.push(ctx.fail(krb ? 'sysAllowed' : 'sysOnly', { export: exportName(e), sec: `sec=${e.sec.join(':')}` }, { resource: { kind: 'NfsExport', name: `${e.path} ${e.client}` }, location: exportLocation(e) }));
    }
    return out.length ? out : ctx.pass('ok', { count: nfs.exports.length });
  },
});
