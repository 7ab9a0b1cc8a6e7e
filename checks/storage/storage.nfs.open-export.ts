import { defineCheck, type CheckOutcome } from '../../src/engine/check.js';
import { exportLocation, exportName } from '../../src/kit/storage/check-kit.js';

export default defineCheck({
  id: 'storage.nfs.open-export',
  title: 'No NFS export is open to any host, nor writable by a whole network',
  rationale: 'An export to "*" (or a bare "(opts)" after a space, or a path with no client) is mounted by anyone who can reach the port; a read-write export to a network, a wildcard name or a netgroup trusts every machine in it, with the AUTH_SYS identity each one asserts.',
  severity: 'high',
  pillar: 'networks',
  function: 'Network Segmentation',
  stage: 'traditional',
  targetKinds: ['linux'],
  facts: ['storage.nfs'],
  references: ['exports(5): Machine Name Formats', 'NIST SP 800-209 (Security Guidelines for Storage Infrastructure): isolation', 'NIST SP 800-53 AC-3'],
  remediation: 'Export to the named hosts that need the share; keep network-wide exports read-only (ro), and require Kerberos (sec=krb5p) where a network must write. Mind that "host (rw)" with a space exports read-write to the world. Apply with `exportfs -ra`.',
  messages: {
    anyHost: '{{export}} is exported to any host',
    networkRw: '{{export}} is read-write for a whole network ({{client}})',
    ok: 'every export names its clients, and no network has write access ({{count}} client entries)',
  },
  evaluate({ 'storage.nfs': nfs }, ctx) {
    const out: CheckOutcome[] = [];
    for (const e of nfs.exports) {
      const opts = { resource: { kind: 'NfsExport', name: `${e.path} ${e.client}` }, location: exportLocation(e) };
      if (e.anyHost) out.push(ctx.fail('anyHost', { export: exportName(e) }, opts));
      else if (e.network && e.readWrite) out.push(ctx.fail('networkRw', { export: exportName(e), client: e.client }, opts));
    }
    return out.length ? out : ctx.pass('ok', { count: nfs.exports.length }, { evidence: nfs.files.join(', ') });
  },
});
