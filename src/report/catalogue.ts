// The identity of a check catalogue, as a report carries it (`scan.catalogue`): what each selected
// check is and how it scores (id, severity, pillar, stage, target kinds), not its wording. Shard
// reports merge only when they share it, and the history keeps it with every scan.
import { createHash } from 'node:crypto';
import type { ReportCheck } from './model.js';

export function catalogueDigest(checks: readonly Pick<ReportCheck, 'id' | 'severity' | 'pillar' | 'stage' | 'targetKinds'>[]): string {
  const rows = [...checks]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((c) => [c.id, c.severity, c.pillar, c.stage ?? null, [...c.targetKinds].sort()]);
  return `sha256:${createHash('sha256').update(JSON.stringify(rows)).digest('hex')}`;
}
