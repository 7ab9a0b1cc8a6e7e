// Counts for the report's `summary`: every result by status, accepted risks, and the open
// (not excepted) failing results by severity, which is what `--fail-on` gates on.
import type { Result } from '../engine/types.js';
import type { Summary } from './model.js';

export function summarize(results: readonly Result[]): Summary {
  const s: Summary = {
    total: results.length,
    pass: 0,
    fail: 0,
    warn: 0,
    error: 0,
    notApplicable: 0,
    excepted: 0,
    failing: { critical: 0, high: 0, medium: 0, low: 0 },
  };
  let withBaseline = false;
  let fresh = 0;
  let absent = 0;
  for (const r of results) {
    if (r.status === 'not_applicable') s.notApplicable++;
    else s[r.status]++;
    if (r.exception) s.excepted++;
    else if (r.status === 'fail') s.failing[r.severity]++;
    if (r.baselineState) {
      withBaseline = true;
      if (r.baselineState === 'new') fresh++;
      if (r.baselineState === 'absent') absent++;
    }
  }
  // new / absent only appear when the results were compared with a baseline.
  if (withBaseline) {
    s.new = fresh;
    s.absent = absent;
  }
  return s;
}
