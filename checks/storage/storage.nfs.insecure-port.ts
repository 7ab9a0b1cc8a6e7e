import { defineCheck } from '../../src/engine/check.js';
import { exportLocation, exportName } from '../../src/kit/storage/check-kit.js';

export default defineCheck({
  id: 'storage.nfs.insecure-port',
  title: 'NFS exports require requests from a privileged port (no insecure)',
  rationale: 'With insecure, an unprivileged user on a client (or any program on a machine in the client range) can talk NFS directly and assert any AUTH_SYS identity.',
  severity: 'medium',
  pillar: 'networks',
  function: 'Network Segmentation',
  stage: 'traditional',
  targetKinds: ['linux'],
  facts: ['storage.nfs'],
  references: ['exports(5): General Options (secure)', 'NIST SP 800-209 (Security Guidelines for Storage Infrastructure): authentication and authorization'],
  remediation: 'Remove insecure from the export options (secure is the default) and run `exportfs -ra`; clients that cannot use a reserved port should use Kerberos instead.',
  messages: { insecure: '{{export}} accepts requests from unprivileged ports (insecure)', ok: 'no export has insecure ({{count}} client entries)' },
  evaluate({ 'storage.nfs': nfs }, ctx) {
    const bad = nfs.exports.filter((e) => e.insecure);
    if (bad.length === 0) return ctx.pass('ok', { count: nfs.exports.length });
    return bad.map((e) => ctx.fail('insecure', { export: exportName(e) }, { resource: { kind: 'NfsExport', name: `${e.path} ${e.client}` }, location: exportLocation(e) }));
  },
});
