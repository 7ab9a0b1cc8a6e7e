// The short header the table report starts with, and all that `-q` prints (with the verdict):
// the targets and their status, open failures by severity, overall score, stage and coverage.
// Few targets are listed one a line; many are counted, and only the lost ones are listed.
import type { Report } from '../model.js';
import { fmtCoverage } from '../order.js';
import { unassessedTargets } from '../unassessed.js';

/** Up to this many targets, each gets its own line in the header. */
export const LIST_TARGETS_UP_TO = 10;

export interface HeaderLine {
  text: string;
  /** continuation lines of a wrapped line get this indent */
  indent: string;
  tone?: 'heading' | 'lost';
}

export function header(report: Report): HeaderLine[] {
  const lines: HeaderLine[] = [];
  const counts = new Map<string, number>();
  for (const t of report.targets) counts.set(t.status, (counts.get(t.status) ?? 0) + 1);
  const byStatus = ['ok', 'partial', 'unreachable', 'skipped']
    .filter((s) => counts.has(s))
    .map((s) => `${counts.get(s)} ${s}`)
    .join(', ');
  lines.push({ text: `Targets: ${report.targets.length}${byStatus ? ` (${byStatus})` : ''}`, indent: '  ', tone: 'heading' });
  const lost = new Map(unassessedTargets(report).map((u) => [u.target.id, u.line]));
  for (const t of report.targets) {
    const line = lost.get(t.id);
    if (line) lines.push({ text: line, indent: '  ', tone: 'lost' });
    else if (report.targets.length <= LIST_TARGETS_UP_TO) lines.push({ text: `${t.id} ${t.status}`, indent: '  ' });
  }
  const f = report.summary.failing;
  lines.push({
    text: `Open failures: critical ${f.critical}, high ${f.high}, medium ${f.medium}, low ${f.low}; accepted risks ${report.summary.excepted}; could not assess ${report.summary.error}`,
    indent: '  ',
  });
  const s = report.score;
  lines.push({
    text: `Overall score: ${s.overall === null ? 'insufficient evidence' : s.overall.toFixed(1)}; stage ${s.stage ?? 'insufficient evidence'}; coverage ${fmtCoverage(s.coverage)}`,
    indent: '  ',
  });
  return lines;
}
