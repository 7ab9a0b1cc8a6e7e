import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'linux.files.path-world-writable',
  title: 'No folder on the command search PATH is world-writable or relative',
  rationale: 'Anyone who can write into a PATH folder can plant a program that root will run by name.',
  severity: 'high',
  pillar: 'devices',
  function: 'Policy Enforcement & Compliance Monitoring',
  stage: 'traditional',
  targetKinds: ['linux'],
  facts: ['linux.files'],
  references: ['CIS Debian Linux 12 v1.1.0 5.4.2.5', 'NIST SP 800-53 CM-5'],
  remediation: 'chmod o-w (and g-w) the listed folders, make sure root owns them, and remove "." or empty entries from PATH (login.defs ENV_PATH/ENV_SUPATH, /etc/profile).',
  messages: {
    worldWritable: '{{path}} is on PATH and world-writable (mode {{mode}})',
    relative: 'PATH contains the relative entry "{{path}}"',
    notRoot: '{{path}} is on PATH and owned by uid {{uid}}',
  },
  evaluate({ 'linux.files': files }, ctx) {
    if (files.pathDirs.length === 0) return ctx.notApplicable('no PATH folders found (no ENV_PATH/ENV_SUPATH in login.defs)');
    return files.pathDirs.map((d) => {
      const resource = { kind: 'path-dir', name: d.path };
      if (!d.path.startsWith('/')) return ctx.fail('relative', { path: d.path }, { resource });
      if (d.missing || d.mode === undefined) return ctx.pass(undefined, undefined, { resource, evidence: `${d.path} does not exist` });
      const mode = d.mode.toString(8).padStart(4, '0');
      if ((d.mode & 0o002) !== 0) return ctx.fail('worldWritable', { path: d.path, mode }, { resource });
      if (d.uid !== 0) return ctx.fail('notRoot', { path: d.path, uid: d.uid ?? -1 }, { resource });
      return ctx.pass(undefined, undefined, { resource, evidence: `${d.path} ${mode}` });
    });
  },
});
