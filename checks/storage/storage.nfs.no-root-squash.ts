import { defineCheck } from '../../src/engine/check.js';
import { exportLocation, exportName } from '../../src/kit/storage/check-kit.js';

export default defineCheck({
  id: 'storage.nfs.no-root-squash',
  title: 'NFS exports squash root (no no_root_squash)',
  rationale: 'With no_root_squash, root on any admitted client is root on the exported files: one compromised client owns the share and can plant set-uid programs for every other client.',
  severity: 'high',
  pillar: 'identity',
  function: 'Access Management',
  stage: 'traditional',
  targetKinds: ['linux'],
  facts: ['storage.nfs'],
  references: ['exports(5): User ID Mapping (root_squash)', 'NIST SP 800-209 (Security Guidelines for Storage Infrastructure): authentication and authorization', 'NIST SP 800-53 AC-6'],
  remediation: 'Remove no_root_squash from /etc/exports and /etc/exports.d/*.exports (root_squash is the default; all_squash maps everyone to the anonymous user), then run `exportfs -ra`.',
  messages: { noRootSquash: '{{export}} exports with no_root_squash: root on {{client}} is root on the share', ok: 'every export squashes root ({{count}} client entries)' },
  evaluate({ 'storage.nfs': nfs }, ctx) {
    const bad = nfs.exports.filter((e) => e.squash === 'no_root_squash');
    if (bad.length === 0) return ctx.pass('ok', { count: nfs.exports.length }, { evidence: nfs.files.join(', ') });
    return bad.map((e) => ctx.fail('noRootSquash', { export: exportName(e), client: e.client }, { resource: { kind: 'NfsExport', name: `${e.path} ${e.client}` }, location: exportLocation(e) }));
  },
});
