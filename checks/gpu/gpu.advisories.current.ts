import { defineCheck } from '../../src/engine/check.js';
import { MAX_TABLE_AGE_DAYS } from '../../src/kit/gpu/advisories.js';

export default defineCheck({
  id: 'gpu.advisories.current',
  title: 'The NVIDIA advisory table the GPU checks use is recent (180 days)',
  rationale: 'The driver and toolkit verdicts are only as new as the table: an old table passes drivers that newer bulletins have since found vulnerable, so a stale table must never pass silently.',
  severity: 'low',
  pillar: 'governance',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['gpu.advisories'],
  references: ['https://github.com/NVIDIA/product-security', 'https://www.nvidia.com/en-us/security/', 'NIST SP 800-53 RA-5(2)'],
  remediation: 'Upgrade ztaudit, or point --gpu-advisories at a table refreshed from NVIDIA\'s bulletins (same columns as data/nvidia/advisories.csv).',
  messages: {
    stale: 'the advisory table ({{source}}) is dated {{date}}, {{age}} days old (over {{max}}): bulletins published since are not applied',
    current: 'the advisory table ({{source}}) is dated {{date}}, {{age}} days old',
  },
  evaluate({ 'gpu.advisories': t }, ctx) {
    const data = { source: t.source, date: t.date, age: t.ageDays, max: MAX_TABLE_AGE_DAYS };
    return t.ageDays > MAX_TABLE_AGE_DAYS ? ctx.warn('stale', data, { credit: 0.5 }) : ctx.pass('current', data);
  },
});
