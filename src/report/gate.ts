// The gate: exit 1 when a policy is breached (--fail-on, --min-score), exit 3 when the scan is
// incomplete (a target unreachable, coverage below --min-coverage); 1 wins over 3. Reasons are
// written as sentences a person reads on the last line of the table and on stderr.
//
// A partly collected target (a tool missing, a file unreadable) is not "incomplete" by itself:
// its unassessed checks are `error` results that lower coverage, and `--min-coverage` is how a
// user asks for strictness. Otherwise `ztaudit scan` on a container without nft or iptables
// would exit 3, and the first command of the README would fail on most minimal machines.
import { SEVERITIES, type Result, type Severity } from '../engine/types.js';
import type { Gate, ReportTarget } from './model.js';
import type { Score } from '../scoring/types.js';

export interface GatePolicy {
  failOn?: Severity;
  minScore?: number;
  minCoverage?: number;
  /** with a baseline only new results count */
  baseline?: boolean;
}

export interface GateOutcome {
  gate: Gate;
  exitCode: 0 | 1 | 3;
}

const rank = (s: Severity): number => SEVERITIES.length - SEVERITIES.indexOf(s); // critical highest
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function failOnReason(open: readonly Result[], failOn: Severity, baseline: boolean): string {
  const fresh = baseline ? 'new ' : '';
  const counts = SEVERITIES.map((s) => [s, open.filter((r) => r.severity === s).length] as const).filter(([, n]) => n > 0);
  // "2 high findings at or above --fail-on high"; several severities are counted after a colon
  if (counts.length === 1) return `${plural(open.length, `${fresh}${counts[0]![0]} finding`)} at or above --fail-on ${failOn}`;
  return `${plural(open.length, `${fresh}finding`)} at or above --fail-on ${failOn}: ${counts.map(([s, n]) => `${n} ${s}`).join(', ')}`;
}

/** Reasons that make a scan incomplete (exit 3) rather than breach a policy (exit 1). */
export const isIncompleteReason = (reason: string): boolean => reason.startsWith('target ') || reason.includes('--min-coverage');

export function evaluateGate(results: readonly Result[], targets: readonly ReportTarget[], score: Score, policy: GatePolicy): GateOutcome {
  const breaches: string[] = [];
  const incomplete: string[] = [];
  if (policy.failOn) {
    const floor = rank(policy.failOn);
    const open = results.filter(
      (r) => r.status === 'fail' && !r.exception && rank(r.severity) >= floor && (!policy.baseline || r.baselineState === 'new'),
    );
    if (open.length) breaches.push(failOnReason(open, policy.failOn, !!policy.baseline));
  }
  if (policy.minScore !== undefined) {
    if (score.overall === null) breaches.push(`no overall score (no evidence) for --min-score ${policy.minScore}`);
    else if (score.overall < policy.minScore) breaches.push(`overall score ${score.overall} is below --min-score ${policy.minScore}`);
  }
  for (const t of targets) {
    // skipped: an interrupted scan did not reach it (src/collect/collect.ts)
    if (t.status === 'unreachable' || t.status === 'skipped') incomplete.push(`target ${t.id} ${t.status}${t.error ? `: ${t.error}` : ''}`);
  }
  if (policy.minCoverage !== undefined) {
    const cov = score.coverage;
    if (cov === null) incomplete.push(`coverage unknown (nothing applicable) for --min-coverage ${policy.minCoverage}`);
    else if (cov < policy.minCoverage) incomplete.push(`coverage ${cov}% is below --min-coverage ${policy.minCoverage}`);
  }
  const reasons = [...breaches, ...incomplete];
  return { gate: { passed: reasons.length === 0, reasons }, exitCode: breaches.length ? 1 : incomplete.length ? 3 : 0 };
}
