import { defineCheck, type CheckOutcome } from '../../src/engine/check.js';

export default defineCheck({
  id: 'storage.iscsi.initiator-chap',
  title: 'The iSCSI initiator authenticates sessions with CHAP',
  rationale: 'With authmethod None any target answering on the portal address is trusted, and the target cannot tell this initiator from another claiming its IQN.',
  severity: 'medium',
  pillar: 'identity',
  function: 'Authentication',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['storage.iscsi'],
  references: ['open-iscsi iscsid.conf: node.session.auth.authmethod', 'RFC 7143 (iSCSI, consolidated): CHAP authentication', 'NIST SP 800-209 (Security Guidelines for Storage Infrastructure): authentication and authorization', 'NIST SP 800-53 IA-3'],
  remediation: 'In /etc/iscsi/iscsid.conf set node.session.auth.authmethod = CHAP with node.session.auth.username and password (and username_in/password_in for mutual CHAP); update the recorded nodes (iscsiadm -m node -o update) and log in again.',
  messages: {
    noChap: 'node.session.auth.authmethod is {{value}}: sessions are not authenticated',
    noSecret: 'node.session.auth.authmethod is CHAP but the {{missing}} is empty',
    ok: 'sessions use CHAP{{mutual}}',
  },
  evaluate({ 'storage.iscsi': iscsi }, ctx) {
    if (!iscsi.initiator) return ctx.notApplicable('no /etc/iscsi/iscsid.conf: open-iscsi is not configured');
    const s = iscsi.initiator.settings;
    const loc = { evidence: iscsi.initiator.file };
    const method = s['node.session.auth.authmethod'] ?? 'None';
    if (!/^chap$/i.test(method.trim())) return ctx.fail('noChap', { value: method }, loc);
    const out: CheckOutcome[] = [];
    for (const [key, what] of [['node.session.auth.username', 'CHAP user name'], ['node.session.auth.password', 'CHAP secret']] as const) {
      if (s[key] !== 'set') out.push(ctx.fail('noSecret', { missing: what }, { ...loc, resource: { kind: 'IscsiSetting', name: key } }));
    }
    return out.length ? out : ctx.pass('ok', { mutual: s['node.session.auth.password_in'] === 'set' ? ' (mutual)' : '' });
  },
});
