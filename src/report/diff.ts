// Compare two JSON reports: findings (failing results, by fingerprint) that are new, fixed or
// unchanged, and how the scores moved. A failing finding whose fingerprint is, in the new report,
// `error` or on a target that was not assessed is `unassessed`, not fixed: could-not-assess is
// never a pass.
import { PILLARS, type Pillar, type Result, type Stage } from '../engine/types.js';
import type { Report } from './model.js';
import { sortFindings, resourceLabel } from './order.js';

export interface DiffFinding {
  fingerprint: string;
  checkId: string;
  targetId: string;
  resource?: string;
  severity: Result['severity'];
  message: string;
}

export interface ScoreMove {
  old: number | null;
  new: number | null;
  /** new - old, one decimal; null when either side is null */
  delta: number | null;
  oldStage: Stage | null;
  newStage: Stage | null;
  oldCoverage: number | null;
  newCoverage: number | null;
}

export interface ReportDiff {
  old: { scanId: string; finishedAt: string };
  new: { scanId: string; finishedAt: string };
  findings: { new: DiffFinding[]; fixed: DiffFinding[]; unchanged: DiffFinding[]; unassessed: DiffFinding[] };
  score: { overall: ScoreMove; pillars: Record<Pillar, ScoreMove> };
}

const failing = (r: Result): boolean => r.status === 'fail';

const finding = (r: Result): DiffFinding => ({
  fingerprint: r.fingerprint,
  checkId: r.checkId,
  targetId: r.targetId,
  ...(r.resource ? { resource: resourceLabel(r) } : {}),
  severity: r.severity,
  message: r.message,
});

const move = (o: number | null, n: number | null, os: Stage | null, ns: Stage | null, oc: number | null, nc: number | null): ScoreMove => ({
  old: o,
  new: n,
  delta: o === null || n === null ? null : Math.round((n - o) * 10) / 10,
  oldStage: os,
  newStage: ns,
  oldCoverage: oc,
  newCoverage: nc,
});

export function diffReports(before: Report, after: Report): ReportDiff {
  const oldByFp = new Map(before.results.map((r) => [r.fingerprint, r]));
  const newByFp = new Map(after.results.map((r) => [r.fingerprint, r]));
  const assessedTargets = new Set(after.targets.filter((t) => t.status === 'ok' || t.status === 'partial').map((t) => t.id));
  const out: Record<keyof ReportDiff['findings'], Result[]> = { new: [], fixed: [], unchanged: [], unassessed: [] };
  for (const r of after.results) {
    if (!failing(r)) continue;
    const prev = oldByFp.get(r.fingerprint);
    (prev && failing(prev) ? out.unchanged : out.new).push(r);
  }
  for (const r of before.results) {
    if (!failing(r)) continue;
    const now = newByFp.get(r.fingerprint);
    if (now && failing(now)) continue;
    const notAssessed = now ? now.status === 'error' : !assessedTargets.has(r.targetId);
    (notAssessed ? out.unassessed : out.fixed).push(r);
  }
  const pillars = {} as Record<Pillar, ScoreMove>;
  for (const p of PILLARS) {
    const a = before.score.pillars[p];
    const b = after.score.pillars[p];
    pillars[p] = move(a.score, b.score, a.stage, b.stage, a.coverage, b.coverage);
  }
  const sorted = (list: Result[]): DiffFinding[] => sortFindings(list).map(finding);
  return {
    old: { scanId: before.scan.id, finishedAt: before.scan.finishedAt },
    new: { scanId: after.scan.id, finishedAt: after.scan.finishedAt },
    findings: { new: sorted(out.new), fixed: sorted(out.fixed), unchanged: sorted(out.unchanged), unassessed: sorted(out.unassessed) },
    score: {
      overall: move(before.score.overall, after.score.overall, before.score.stage, after.score.stage, before.score.coverage, after.score.coverage),
      pillars,
    },
  };
}

const num = (n: number | null): string => (n === null ? 'insufficient evidence' : n.toFixed(1));
const signed = (d: number | null): string => (d === null ? '' : ` (${d > 0 ? '+' : d < 0 ? '' : '±'}${d.toFixed(1)})`);
const cov = (n: number | null): string => (n === null ? 'n/a' : `${n.toFixed(1)}%`);

function moveLine(label: string, m: ScoreMove): string {
  const stage = m.oldStage === m.newStage ? `stage ${m.newStage ?? 'insufficient evidence'}` : `stage ${m.oldStage ?? 'insufficient evidence'} -> ${m.newStage ?? 'insufficient evidence'}`;
  return `${label.padEnd(26)} ${num(m.old)} -> ${num(m.new)}${signed(m.delta)}, coverage ${cov(m.oldCoverage)} -> ${cov(m.newCoverage)}, ${stage}`;
}

/** Plain-text rendering (sorted, no colour). */
export function renderDiffText(d: ReportDiff): string {
  const lines: string[] = [`ztaudit diff: ${d.old.scanId} -> ${d.new.scanId}`, ''];
  const section = (title: string, list: DiffFinding[], mark: string): void => {
    lines.push(`${title}: ${list.length}`);
    for (const f of list) lines.push(`  ${mark} ${f.severity.padEnd(8)} ${f.checkId}  ${f.targetId}${f.resource ? `  ${f.resource}` : ''}  ${f.message}`);
  };
  section('New findings', d.findings.new, '+');
  section('Fixed findings', d.findings.fixed, '-');
  section('Unassessed now (were failing; could not be assessed in the new report)', d.findings.unassessed, '?');
  lines.push(`Unchanged findings: ${d.findings.unchanged.length}`, '', 'Score movement:', moveLine('overall', d.score.overall));
  for (const p of PILLARS) lines.push(moveLine(p, d.score.pillars[p]));
  return `${lines.join('\n')}\n`;
}
