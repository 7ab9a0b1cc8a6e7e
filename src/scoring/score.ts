// Pillar scoring, formulaVersion 1 (DESIGN.md §4). Pure: results and check metadata in, Score out.
//
// Unit of scoring: one check on one target (results grouped by (checkId, targetId)), so a check
// that looks at 1,000 resources weighs exactly as much as one that looks at a single setting.
//   weight      = severity weight of the check (critical 10, high 7, medium 4, low 1)
//   evaluated   = its results with status pass / warn / fail
//   credit      = mean over evaluated results of pass 1, warn `credit` (default 0.5), fail 0;
//                 a result under an accepted-risk exception earns 0 whatever its status
//   applicable  = weight, when any result is not `not_applicable`
//   assessed    = weight × evaluated / (evaluated + error): errors (incl. unreachable targets,
//                 which the engine records as `error`) lower coverage and never raise the score
//   earned      = assessed × credit
// Per pillar:  score = 100 × Σ earned / Σ assessed;  coverage = 100 × Σ assessed / Σ applicable.
//   - nothing applicable: score, stage and coverage are null (no vacuous 100s)
//   - applicable but nothing assessed (all errors): score null, stage null, coverage 0
//   - assessed but coverage < 50%: the score is kept (it is measured), stage is null
//     ("insufficient evidence")
// Stage: traditional, then each higher stage S while reached. S is reached when the checks tagged
//   at or below S earn ≥ 80% of their assessed weight; when no assessed check is tagged at or below
//   S, the verdict of the next stage up that has such checks is used (checks tagged only `advanced`
//   can still evidence `initial`, and no stage is ever granted without evidence). `advanced` also
//   needs no critical `fail` result (excepted or not) and coverage ≥ 70%; `optimal` needs no
//   critical or high `fail` and coverage ≥ 90%. Thresholds use unrounded values.
// Overall: score = Σ earned / Σ assessed over every pillar (the pillar scores weighted by their
//   assessed weight); coverage likewise; stage = the lowest non-null pillar stage (null if none),
//   capped by the overall coverage with the pillar thresholds (< 50% null, < 70% at most initial,
//   < 90% at most advanced), so unassessed pillars cannot leave a vacuous "optimal" overall.
// Results whose check is not in `checks` cannot be placed in a pillar and are ignored.
// Scores and coverages are rounded to one decimal.
import { PILLARS, STAGES, type Pillar, type Result, type Severity, type Stage } from '../engine/types.js';
import type { ReportCheck } from '../report/model.js';
import { FORMULA_VERSION, type PillarScore, type Score } from './types.js';

export const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = { critical: 10, high: 7, medium: 4, low: 1 };
export const STAGE_THRESHOLD = 0.8;
export const MIN_COVERAGE = { any: 0.5, advanced: 0.7, optimal: 0.9 } as const;

/** Tolerance for float comparisons against thresholds (80% of 0.1+0.7 must still be 80%). */
const EPS = 1e-9;

interface Unit {
  pillar: Pillar;
  stage: Stage;
  severity: Severity;
  applicable: number;
  assessed: number;
  earned: number;
  failed: boolean;
}

interface PillarAcc {
  units: Unit[];
  counts: Pick<PillarScore, 'pass' | 'fail' | 'warn' | 'error' | 'notApplicable'>;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

function resultCredit(r: Result): number {
  if (r.exception) return 0;
  if (r.status === 'pass') return 1;
  if (r.status === 'warn') return typeof r.credit === 'number' && r.credit >= 0 && r.credit <= 1 ? r.credit : 0.5;
  return 0;
}

function buildUnits(results: readonly Result[], checks: readonly ReportCheck[]): Map<Pillar, PillarAcc> {
  const byId = new Map(checks.map((c) => [c.id, c]));
  const acc = new Map<Pillar, PillarAcc>(
    PILLARS.map((p) => [p, { units: [], counts: { pass: 0, fail: 0, warn: 0, error: 0, notApplicable: 0 } }]),
  );
  const groups = new Map<string, { check: ReportCheck; results: Result[] }>();
  // a scan's results come grouped (sorted by target, then check): a run of one group is looked up once
  let last: { checkId: string; targetId: string; group: { check: ReportCheck; results: Result[] } } | undefined;
  for (const r of results) {
    if (last && r.checkId === last.checkId && r.targetId === last.targetId) {
      const counts = acc.get(last.group.check.pillar)!.counts;
      if (r.status === 'not_applicable') counts.notApplicable++;
      else counts[r.status]++;
      last.group.results.push(r);
      continue;
    }
    const check = byId.get(r.checkId);
    if (!check) continue;
    const counts = acc.get(check.pillar)!.counts;
    if (r.status === 'not_applicable') counts.notApplicable++;
    else counts[r.status]++;
    const key = `${r.checkId}\u0000${r.targetId}`;
    let g = groups.get(key);
    if (g) g.results.push(r);
    else groups.set(key, (g = { check, results: [r] }));
    last = { checkId: r.checkId, targetId: r.targetId, group: g };
  }
  for (const { check, results: rs } of groups.values()) {
    const evaluated = rs.filter((r) => r.status === 'pass' || r.status === 'warn' || r.status === 'fail');
    const errored = rs.filter((r) => r.status === 'error').length;
    if (evaluated.length + errored === 0) continue; // all not_applicable: outside score and coverage
    const weight = SEVERITY_WEIGHT[check.severity];
    const assessed = (weight * evaluated.length) / (evaluated.length + errored);
    const credit = evaluated.length ? evaluated.reduce((s, r) => s + resultCredit(r), 0) / evaluated.length : 0;
    acc.get(check.pillar)!.units.push({
      pillar: check.pillar,
      stage: check.stage ?? 'initial',
      severity: check.severity,
      applicable: weight,
      assessed,
      earned: assessed * credit,
      failed: evaluated.some((r) => r.status === 'fail'),
    });
  }
  return acc;
}

const stageIndex = (s: Stage): number => STAGES.indexOf(s);

/** Whether the checks tagged at or below `stage` earn ≥ 80%, borrowing from the next stage up when empty. */
function ladderMet(units: readonly Unit[], stage: Stage): boolean {
  for (let i = stageIndex(stage); i < STAGES.length; i++) {
    const within = units.filter((u) => stageIndex(u.stage) <= i && u.assessed > 0);
    if (within.length === 0) continue;
    const assessed = within.reduce((s, u) => s + u.assessed, 0);
    const earned = within.reduce((s, u) => s + u.earned, 0);
    return earned + EPS >= STAGE_THRESHOLD * assessed;
  }
  return false;
}

function pillarStage(units: readonly Unit[], coverage: number): Stage | null {
  if (coverage + EPS < MIN_COVERAGE.any) return null;
  const criticalFail = units.some((u) => u.failed && u.severity === 'critical');
  const highFail = units.some((u) => u.failed && u.severity === 'high');
  let stage: Stage = 'traditional';
  for (const next of STAGES.slice(1)) {
    if (!ladderMet(units, next)) break;
    if (next === 'advanced' && (criticalFail || coverage + EPS < MIN_COVERAGE.advanced)) break;
    if (next === 'optimal' && (criticalFail || highFail || coverage + EPS < MIN_COVERAGE.optimal)) break;
    stage = next;
  }
  return stage;
}

/** The overall stage may not claim more than the overall coverage supports (same thresholds as a pillar). */
function capByCoverage(stage: Stage, coverage: number): Stage | null {
  if (coverage + EPS < MIN_COVERAGE.any) return null;
  const cap: Stage = coverage + EPS < MIN_COVERAGE.advanced ? 'initial' : coverage + EPS < MIN_COVERAGE.optimal ? 'advanced' : 'optimal';
  return stageIndex(stage) < stageIndex(cap) ? stage : cap;
}

export function computeScore(results: readonly Result[], checks: readonly ReportCheck[]): Score {
  const acc = buildUnits(results, checks);
  const pillars = {} as Record<Pillar, PillarScore>;
  let applicableAll = 0;
  let assessedAll = 0;
  let earnedAll = 0;
  const stages: Stage[] = [];
  for (const p of PILLARS) {
    const { units, counts } = acc.get(p)!;
    const applicable = units.reduce((s, u) => s + u.applicable, 0);
    const assessed = units.reduce((s, u) => s + u.assessed, 0);
    const earned = units.reduce((s, u) => s + u.earned, 0);
    applicableAll += applicable;
    assessedAll += assessed;
    earnedAll += earned;
    const coverage = applicable > 0 ? assessed / applicable : null;
    const stage = assessed > 0 && coverage !== null ? pillarStage(units, coverage) : null;
    if (stage) stages.push(stage);
    pillars[p] = {
      score: assessed > 0 ? round1((100 * earned) / assessed) : null,
      stage,
      coverage: coverage === null ? null : round1(100 * coverage),
      ...counts,
    };
  }
  const lowest = stages.length ? stages.reduce((lo, s) => (stageIndex(s) < stageIndex(lo) ? s : lo)) : null;
  return {
    formulaVersion: FORMULA_VERSION,
    overall: assessedAll > 0 ? round1((100 * earnedAll) / assessedAll) : null,
    stage: lowest && applicableAll > 0 ? capByCoverage(lowest, assessedAll / applicableAll) : null,
    coverage: applicableAll > 0 ? round1((100 * assessedAll) / applicableAll) : null,
    pillars,
  };
}
