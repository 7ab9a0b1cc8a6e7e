import { defineCheck } from '../../src/engine/check.js';
import { hostDriverVerdict, tableNote } from '../../src/kit/gpu/check-kit.js';

export default defineCheck({
  id: 'gpu.driver.branch-supported',
  title: 'The NVIDIA driver branch still receives security fixes',
  rationale: 'NVIDIA fixes only the branches its newest bulletin lists; a feature branch (R545, R560, R575, R590...) or one past end of support gets no fix, whatever its version.',
  severity: 'high',
  pillar: 'devices',
  function: 'Policy Enforcement & Compliance Monitoring',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['gpu.nvidia', 'gpu.advisories'],
  references: [
    'NVIDIA Security Bulletin: GPU Display Driver - September 2026 (5861): "If you are using an earlier branch release for which an update version is not listed above, upgrade to the latest branch release."',
    'https://docs.nvidia.com/datacenter/tesla/drivers/index.html (driver branch lifecycle)',
    'NIST SP 800-53 SA-22',
  ],
  remediation: 'Move to a branch the newest NVIDIA bulletin lists (a production or long-term support branch for servers), at or above its first fixed version.',
  messages: {
    unsupported: '{{branch}} (driver {{installed}}) is not fixed by the newest bulletin {{newest}}; branches with fixes: {{supported}} ({{table}})',
    supported: '{{branch}} is fixed by the newest bulletin ({{table}})',
    newer: '{{branch}} is newer than every branch in the table ({{table}})',
  },
  evaluate({ 'gpu.nvidia': smi, 'gpu.advisories': table }, ctx) {
    const r = hostDriverVerdict(smi, table);
    if ('notApplicable' in r) return ctx.notApplicable(r.notApplicable);
    if ('error' in r) return ctx.error(r.error);
    const v = r.verdict;
    const base = { branch: v.branch ?? '?', installed: v.installed ?? '?', table: tableNote(table) };
    if (v.state === 'unsupported')
      return ctx.fail('unsupported', { ...base, newest: `${v.newest?.bulletin ?? '?'} (${v.newest?.date ?? '?'})`, supported: v.supportedBranches.join(', ') }, { evidence: `supported: ${v.supportedBranches.join(' ')}` });
    return ctx.pass(v.state === 'newer' ? 'newer' : 'supported', base);
  },
});
