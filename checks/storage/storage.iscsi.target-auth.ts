import { defineCheck, type CheckOutcome } from '../../src/engine/check.js';

export default defineCheck({
  id: 'storage.iscsi.target-auth',
  title: 'LIO iSCSI targets require CHAP for every initiator',
  rationale: 'An iSCSI target portal group without authentication hands its LUNs to any initiator that presents an IQN on the ACL list, and IQNs are not secrets.',
  severity: 'high',
  pillar: 'identity',
  function: 'Authentication',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['storage.iscsi'],
  references: ['targetcli(8): TPG attribute authentication, node ACL set auth', 'RFC 7143 (iSCSI, consolidated): CHAP authentication', 'NIST SP 800-209 (Security Guidelines for Storage Infrastructure): authentication and authorization', 'NIST SP 800-53 IA-3'],
  remediation: 'In targetcli: /iscsi/<iqn>/tpg1 set attribute authentication=1, and for each ACL /iscsi/<iqn>/tpg1/acls/<initiator> set auth userid=... password=... (mutual_userid/mutual_password for mutual CHAP); saveconfig.',
  messages: {
    authOff: 'target {{target}} tpg {{tag}} has authentication=0: initiators log in without CHAP',
    aclNoChap: 'target {{target}} tpg {{tag}}: ACL {{node}} has no CHAP secret',
    ok: '{{count}} iSCSI portal groups require CHAP',
  },
  evaluate({ 'storage.iscsi': iscsi }, ctx) {
    if (!iscsi.targets) return ctx.notApplicable('no /etc/target/saveconfig.json: no LIO target is configured');
    const tpgs = iscsi.targets.filter((t) => t.enabled);
    if (tpgs.length === 0) return ctx.notApplicable('no enabled iSCSI target portal group in /etc/target/saveconfig.json');
    const out: CheckOutcome[] = [];
    const loc = { evidence: '/etc/target/saveconfig.json' };
    for (const t of tpgs) {
      const resource = { kind: 'IscsiTpg', name: `${t.target}/tpg${t.tag}` };
      if (t.authentication !== true) {
        out.push(ctx.fail('authOff', { target: t.target, tag: t.tag }, { ...loc, resource }));
        continue;
      }
      for (const a of t.acls) if (a.chapUser !== 'set' || a.chapPassword !== 'set') out.push(ctx.fail('aclNoChap', { target: t.target, tag: t.tag, node: a.node }, { ...loc, resource: { kind: 'IscsiAcl', name: `${resource.name}/${a.node}` } }));
    }
    return out.length ? out : ctx.pass('ok', { count: tpgs.length });
  },
});
