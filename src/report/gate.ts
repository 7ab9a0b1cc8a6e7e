// The gate: exit 1 when a policy is breached (--fail-on, --min-score), exit 3 when the scan is
// incomplete (a target unreachable/partial, coverage below --min-coverage); 1 wins over 3.
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

export function evaluateGate(results: readonly Result[], targets: readonly ReportTarget[], score: Score, policy: GatePolicy): GateOutcome {
  const breaches: string[] = [];
  const incomplete: string[] = [];
  if (policy.failOn) {
    const floor = rank(policy.failOn);
    const open = results.filter(
      (r) => r.status === 'fail' && !r.exception && rank(r.severity) >= floor && (!policy.baseline || r.baselineState === 'new'),
    );
    if (open.length) {
      const counts = SEVERITIES.filter((s) => rank(s) >= floor)
        .map((s) => [s, open.filter((r) => r.severity === s).length] as const)
        .filter(([, n]) => n > 0)
        .map(([s, n]) => `${n} ${s}`)
        .join(', ');
      breaches.push(`fail-on ${policy.failOn}: ${open.length} open ${policy.baseline ? 'new ' : ''}failing result${open.length === 1 ? '' : 's'} (${counts})`);
    }
  }
  if (policy.minScore !== undefined) {
    if (score.overall === null) breaches.push(`min-score ${policy.minScore}: no evidence (overall score is null)`);
    else if (score.overall < policy.minScore) breaches.push(`min-score ${policy.minScore}: overall score ${score.overall} is below it`);
  }
  for (const t of targets) {
    if (t.status === 'unreachable' || t.status === 'partial') incomplete.push(`target ${t.id} ${t.status}${t.error ? `: ${t.error}` : ''}`);
  }
  if (policy.minCoverage !== undefined) {
    const cov = score.coverage;
    if (cov === null || cov < policy.minCoverage) incomplete.push(`min-coverage ${policy.minCoverage}: coverage ${cov === null ? 'unknown (nothing applicable)' : `${cov}%`} is below it`);
  }
  const reasons = [...breaches, ...incomplete];
  return { gate: { passed: reasons.length === 0, reasons }, exitCode: breaches.length ? 1 : incomplete.length ? 3 : 0 };
}
