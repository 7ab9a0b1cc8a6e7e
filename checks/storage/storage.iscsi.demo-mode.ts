import { defineCheck, type CheckOutcome } from '../../src/engine/check.js';

export default defineCheck({
  id: 'storage.iscsi.demo-mode',
  title: 'LIO iSCSI targets are not in demo mode (generate_node_acls=0)',
  rationale: 'In demo mode a portal group admits every initiator without an ACL; with demo_mode_write_protect=0 they may also write the LUNs.',
  severity: 'critical',
  pillar: 'identity',
  function: 'Access Management',
  stage: 'traditional',
  targetKinds: ['linux'],
  facts: ['storage.iscsi'],
  references: ['targetcli(8): TPG attributes generate_node_acls, demo_mode_write_protect', 'NIST SP 800-209 (Security Guidelines for Storage Infrastructure): authorization', 'NIST SP 800-53 AC-3'],
  remediation: 'In targetcli: /iscsi/<iqn>/tpg1 set attribute generate_node_acls=0 demo_mode_write_protect=1, create one ACL per initiator (acls/ create <initiator-iqn>) with CHAP, then saveconfig.',
  messages: { demo: 'target {{target}} tpg {{tag}} is in demo mode: any initiator may log in{{write}}', ok: 'no portal group is in demo mode ({{count}})' },
  evaluate({ 'storage.iscsi': iscsi }, ctx) {
    if (!iscsi.targets) return ctx.notApplicable('no /etc/target/saveconfig.json: no LIO target is configured');
    const tpgs = iscsi.targets.filter((t) => t.enabled);
    if (tpgs.length === 0) return ctx.notApplicable('no enabled iSCSI target portal group in /etc/target/saveconfig.json');
    const out: CheckOutcome[] = tpgs
      .filter((t) => t.demoMode)
      .map((t) => ctx.fail('demo', { target: t.target, tag: t.tag, write: t.demoWriteProtect ? '' : ' and write (demo_mode_write_protect=0)' }, { resource: { kind: 'IscsiTpg', name: `${t.target}/tpg${t.tag}` }, evidence: '/etc/target/saveconfig.json' }));
    return out.length ? out : ctx.pass('ok', { count: tpgs.length });
  },
});
