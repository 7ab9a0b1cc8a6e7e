// Terminal output, fitted to the terminal's width (see terminal/). The essential first: a short
// header (targets and their status, open failures, overall score, stage and coverage), then the
// findings grouped by pillar (or target, check, severity: --group-by; most urgent first), then the per-pillar scores with coverage
// beside them, and last the exit status in words. `summaryOnly` (-q) keeps the header and the
// exit status. Colour only when asked for (the CLI turns it off under NO_COLOR / --no-color / a
// non-terminal stdout).
import { Chalk } from 'chalk';
import type { Result } from '../engine/types.js';
import type { Report, ReportWriter, WriterOptions } from './model.js';
import { groupFindings } from './order.js';
import { findingsTable } from './terminal/findings.js';
import { header } from './terminal/header.js';
import { safe } from './terminal/paint.js';
import { NO_EVIDENCE, scoreTable } from './terminal/scores.js';
import { DEFAULT_WIDTH, MIN_WIDTH, wrap } from './terminal/width.js';
import { foldedIntoTargetLines } from './unassessed.js';
import { verdict } from './verdict.js';

export { GROUP_ABOVE } from './terminal/findings.js';

const needsAttention = (r: Result): boolean => r.status === 'fail' || r.status === 'error' || r.status === 'warn';

/**
 * Pass and not_applicable are counted per pillar, not listed: the table is for what needs doing.
 * `withPasses` (-v) lists passes too, after what needs doing.
 */
export function* renderTable(report: Report, { color, width = DEFAULT_WIDTH, summaryOnly = false, withPasses = false, groupBy = 'pillar' }: WriterOptions): Generator<string> {
  const c = new Chalk({ level: color ? 1 : 0 });
  const w = Math.max(MIN_WIDTH, width);
  // lines gathered since the last chunk was handed out; `last` is the last line of all
  const out: string[] = [];
  let last: string | undefined;
  const flush = (): string => {
    if (out.length) last = out.at(-1);
    const chunk = out.map((l) => `${l}\n`).join('');
    out.length = 0;
    return chunk;
  };
  // plain lines are wrapped too (continuations indented), then painted line by line
  const say = (text: string, paint: (s: string) => string = (s) => s, indent = '  '): void => {
    for (const line of wrap(safe(text), w, indent)) out.push(paint(line));
  };
  const tones = { heading: c.bold, lost: c.magenta };
  for (const h of header(report)) say(h.text, h.tone ? tones[h.tone] : undefined, h.indent);
  out.push('');
  if (!summaryOnly) {
    // a lost target is its line in the header, not one `error` row per check
    const folded = foldedIntoTargetLines(report);
    const multiTarget = report.targets.length > 1;
    // grouped by target, the Target column says nothing new; grouped by check, the Check column
    const columns = { multiTarget: multiTarget && groupBy !== 'target', showCheck: groupBy !== 'check' };
    // by check or by target there may be thousands of groups: those with nothing to list are
    // counted in one line instead of a heading each
    const many = groupBy === 'check' || groupBy === 'target';
    let quiet = 0;
    for (const { key, note, results } of groupFindings(report, groupBy)) {
      const n = (st: Result['status']): number => results.filter((r) => r.status === st).length;
      const shown = results.filter((r) => (needsAttention(r) || (withPasses && r.status === 'pass')) && !folded(r));
      if (many && !shown.length) {
        quiet++;
        continue;
      }
      say(`${key}${note ? ` (${note})` : ''}: ${n('fail')} fail, ${n('error')} error, ${n('warn')} warn, ${n('pass')} pass, ${n('not_applicable')} not applicable`, c.bold);
      // groups with nothing to list stay one heading line each, without a blank between them
      if (shown.length) out.push(findingsTable(c, shown, { width: w, ...columns }), '');
      yield flush();
    }
    if (quiet) say(`${quiet} ${groupBy === 'check' ? 'check' : 'target'}${quiet === 1 ? '' : 's'} with nothing to list (${withPasses ? 'not applicable' : 'pass or not applicable'}, or not assessed as said above)`);
    if ((out.length ? out.at(-1) : last) !== '') out.push('');
    if (report.results.length === 0) out.push('No results.', '');
    say(`Scores (formulaVersion ${report.score.formulaVersion}; coverage = assessed weight / applicable weight)`, c.bold);
    out.push(scoreTable(c, report, w));
    const s = report.score;
    const anyNull = s.overall === null || s.stage === null || Object.values(s.pillars).some((p) => p.score === null || p.stage === null);
    if (anyNull) say(`${NO_EVIDENCE}: insufficient evidence (nothing assessed in that pillar)`);
  }
  for (const e of report.expiredExceptions ?? []) say(`expired exception (no longer applies): ${e.check} ${e.target ?? '*'} ${e.resource ?? '*'} expired ${e.expires}: ${e.reason}`, c.yellow);
  const tone = { passed: c.green, failed: c.red.bold, incomplete: c.magenta.bold };
  for (const v of verdict(report)) say(v.text, tone[v.tone]);
  yield flush();
}

/** The table in chunks, written as they come (ReportWriter). */
export const table: ReportWriter = (report, opts) => renderTable(report, opts);
