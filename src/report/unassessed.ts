// Targets the scan could not fully assess, as one line each for the terminal: a lost SSH host
// would otherwise print one identical `error` row per check (99 for a Linux host). The JSON,
// SARIF and JUnit reports keep every result; only the table folds them.
import type { Result } from '../engine/types.js';
import type { Report, ReportTarget } from './model.js';

export interface Unassessed {
  target: ReportTarget;
  /** "TARGET unreachable: REASON" or "TARGET partial: N facts not collected: REASON" */
  line: string;
  /** the checks that could not be assessed on this target */
  checks: string[];
}

/** Check ids named in a partial target's line before "and N more". */
const NAMED = 4;

/** The collector says "2 facts not collected (key: reason)"; the terminal reads "2 facts not collected: key: reason". */
const partialReason = (error: string | undefined): string => {
  if (!error) return 'some facts were not collected';
  const m = /^(\d+ facts? not collected) \((.*)\)$/s.exec(error);
  return m ? `${m[1]}: ${m[2]}` : error;
};

const isLost = (t: ReportTarget): boolean => t.status === 'unreachable' || t.status === 'partial' || t.status === 'skipped';

/** One entry per unreachable or partial target, in report order. */
export function unassessedTargets(report: Report): Unassessed[] {
  const errorsByTarget = new Map<string, Set<string>>();
  for (const r of report.results) {
    if (r.status !== 'error') continue;
    const set = errorsByTarget.get(r.targetId) ?? new Set<string>();
    set.add(r.checkId);
    errorsByTarget.set(r.targetId, set);
  }
  return report.targets.filter(isLost).map((target) => {
    const checks = [...(errorsByTarget.get(target.id) ?? [])].sort();
    if (target.status === 'unreachable' || target.status === 'skipped') return { target, checks, line: `${target.id} ${target.status}: ${target.error ?? 'no reason given'}` };
    const named = checks.slice(0, NAMED).join(', ') + (checks.length > NAMED ? ` and ${checks.length - NAMED} more` : '');
    const line = `${target.id} partial: ${partialReason(target.error)}${checks.length ? `; not assessed: ${named}` : ''}`;
    return { target, checks, line };
  });
}

/** The results the unassessed lines stand for: `error` results on unreachable or partial targets. */
export function foldedIntoTargetLines(report: Report): (r: Result) => boolean {
  const lost = new Set(report.targets.filter(isLost).map((t) => t.id));
  return (r) => r.status === 'error' && lost.has(r.targetId);
}
