// What the history keeps of one scan (docs/cli.md "History"): when, which tool, catalogue and
// formula, each target's status and reason, score and coverage overall and per pillar, and the
// open failures by severity. Never evidence, messages or anything a result says about a resource:
// the store may be shared by many shards and read by people who may not see the reports.
import { PILLARS, SEVERITIES, type Pillar, type Severity, type Stage, type TargetKind, type TargetStatus } from '../engine/types.js';
import { maskText } from '../engine/redact.js';
import { catalogueDigest } from '../report/catalogue.js';
import type { Report } from '../report/model.js';

export interface TargetRecord {
  id: string;
  kind: TargetKind;
  status: TargetStatus;
  /** why the target is partial or unreachable (masked) */
  reason: string | null;
}

export interface PillarRecord {
  score: number | null;
  stage: Stage | null;
  coverage: number | null;
}

export interface ScanRecord {
  id: string;
  startedAt: string;
  finishedAt: string;
  toolVersion: string;
  schemaVersion: string;
  formulaVersion: number;
  /** digest of the selected check catalogue (`scan.catalogue` of the report) */
  catalogue: string;
  shard: string | null;
  overall: number | null;
  stage: Stage | null;
  coverage: number | null;
  gatePassed: boolean;
  /** open (not excepted) failing results by severity */
  failing: Record<Severity, number>;
  targets: TargetRecord[];
  pillars: Record<Pillar, PillarRecord>;
}

export function scanRecord(report: Report): ScanRecord {
  const pillars = Object.fromEntries(
    PILLARS.map((p) => {
      const s = report.score.pillars[p];
      return [p, { score: s?.score ?? null, stage: s?.stage ?? null, coverage: s?.coverage ?? null }];
    }),
  ) as Record<Pillar, PillarRecord>;
  return {
    id: report.scan.id,
    startedAt: report.scan.startedAt,
    finishedAt: report.scan.finishedAt,
    toolVersion: report.tool.version,
    schemaVersion: report.schemaVersion,
    formulaVersion: report.score.formulaVersion,
    catalogue: report.scan.catalogue ?? catalogueDigest(report.checks),
    shard: report.scan.shard ?? null,
    overall: report.score.overall,
    stage: report.score.stage,
    coverage: report.score.coverage,
    gatePassed: report.gate.passed,
    failing: Object.fromEntries(SEVERITIES.map((s) => [s, report.summary.failing[s] ?? 0])) as Record<Severity, number>,
    targets: report.targets.map((t) => ({ id: t.id, kind: t.kind, status: t.status, reason: t.error ? maskText(t.error) : null })),
    pillars,
  };
}
