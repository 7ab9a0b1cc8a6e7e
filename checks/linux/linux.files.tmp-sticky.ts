import { defineCheck } from '../../src/engine/check.js';

const DIRS = ['/tmp', '/var/tmp'];

export default defineCheck({
  id: 'linux.files.tmp-sticky',
  title: 'World-writable temporary folders have the sticky bit',
  rationale: 'Without the sticky bit any user can delete or replace another user\'s files in /tmp.',
  severity: 'medium',
  pillar: 'devices',
  function: 'Policy Enforcement & Compliance Monitoring',
  stage: 'traditional',
  targetKinds: ['linux'],
  facts: ['linux.files'],
  references: ['CIS Debian Linux 12 v1.1.0 7.1.11', 'CIS Distribution Independent Linux v2.0.0 1.1.21', 'NIST SP 800-53 AC-3'],
  remediation: 'chmod 1777 /tmp /var/tmp (or mount a tmpfs with mode=1777).',
  messages: { notSticky: '{{path}} is world-writable without the sticky bit (mode {{mode}})' },
  evaluate({ 'linux.files': files }, ctx) {
    const present = DIRS.filter((d) => files.stats[d]);
    if (present.length === 0) return ctx.notApplicable('neither /tmp nor /var/tmp exists');
    return present.map((path) => {
      const st = files.stats[path];
      const resource = { kind: 'file', name: path };
      const mode = (st?.mode ?? 0).toString(8).padStart(4, '0');
      const open = ((st?.mode ?? 0) & 0o002) !== 0;
      const sticky = ((st?.mode ?? 0) & 0o1000) !== 0;
      return open && !sticky ? ctx.fail('notSticky', { path, mode }, { resource }) : ctx.pass(undefined, undefined, { resource, evidence: `${path} ${mode}` });
    });
  },
});
