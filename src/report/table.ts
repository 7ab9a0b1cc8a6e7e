// Terminal output: findings grouped by pillar (most urgent first), then the scores, each with its
// coverage beside it. Colour only when asked for (the CLI turns it off under NO_COLOR / --no-color).
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { PILLARS, type Result } from '../engine/types.js';
import type { Report, ReportWriter } from './model.js';
import { displayStatus, findingsByPillar, fmtCoverage, fmtScore, fmtStage, resourceLabel } from './order.js';
import { verdict } from './verdict.js';
import { foldedIntoTargetLines, unassessedTargets } from './unassessed.js';

function paintStatus(c: ChalkInstance, r: Result): string {
  const label = displayStatus(r);
  if (r.exception) return c.gray(label);
  switch (r.status) {
    case 'fail':
      return c.red.bold(label);
    case 'error':
      return c.magenta(label);
    case 'warn':
      return c.yellow(label);
    case 'pass':
      return c.green(label);
    default:
      return c.gray(label);
  }
}

function paintSeverity(c: ChalkInstance, r: Result): string {
  if (r.severity === 'critical') return c.red.bold(r.severity);
  if (r.severity === 'high') return c.red(r.severity);
  if (r.severity === 'medium') return c.yellow(r.severity);
  return r.severity;
}

// Control characters from collected text (ESC sequences above all) must not reach the terminal.
const safe = (s: string): string => s.replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g, '\uFFFD');

// cli-table3 colours its borders and heads unless told otherwise; plain style keeps NO_COLOR clean.
const plainStyle = { head: [] as string[], border: [] as string[] };

/** A check that fails on more resources than this, on one target, is shown as one row. */
export const GROUP_ABOVE = 3;
const NAMED_IN_GROUP = 3;

interface Row {
  first: Result;
  resources: string[];
}

/**
 * One row per finding, except that the findings of one check on one target with one status are
 * folded into a single row when there are more than GROUP_ABOVE of them: a cluster with 10,000
 * pods would otherwise print 10,000 rows of one message (and cli-table3 slows down
 * super-linearly). The JSON, SARIF and JUnit reports list every finding.
 */
function rowsOf(results: readonly Result[]): Row[] {
  const byKey = new Map<string, Row>();
  const order: Row[] = [];
  const size = new Map<string, number>();
  for (const r of results) {
    const key = `${r.checkId}\u0000${r.targetId}\u0000${displayStatus(r)}`;
    size.set(key, (size.get(key) ?? 0) + 1);
  }
  for (const r of results) {
    const key = `${r.checkId}\u0000${r.targetId}\u0000${displayStatus(r)}`;
    if ((size.get(key) ?? 0) <= GROUP_ABOVE) {
      order.push({ first: r, resources: [resourceLabel(r)] });
      continue;
    }
    const row = byKey.get(key);
    if (row) row.resources.push(resourceLabel(r));
    else {
      const fresh = { first: r, resources: [resourceLabel(r)] };
      byKey.set(key, fresh);
      order.push(fresh);
    }
  }
  return order;
}

function findingsTable(c: ChalkInstance, results: readonly Result[]): string {
  const t = new Table({
    head: ['Status', 'Severity', 'Check', 'Target', 'Resource', 'Message'].map((h) => c.bold(h)),
    style: plainStyle,
    wordWrap: true,
    colWidths: [null, null, null, null, 40, 60],
  });
  for (const { first: r, resources } of rowsOf(results)) {
    const grouped = resources.length > 1;
    const resource = grouped
      ? `${resources.length} resources: ${resources.slice(0, NAMED_IN_GROUP).join(', ')}${resources.length > NAMED_IN_GROUP ? ', ...' : ''}`
      : resources[0]!;
    const message = grouped ? `${r.message} (first of ${resources.length})` : r.message;
    t.push([paintStatus(c, r), paintSeverity(c, r), safe(r.checkId), safe(r.targetId), safe(resource), safe(message)]);
  }
  return t.toString();
}

function scoreTable(c: ChalkInstance, report: Report): string {
  const { score } = report;
  const t = new Table({
    head: ['Pillar', 'Score', 'Coverage', 'Stage', 'Pass', 'Fail', 'Warn', 'Error', 'N/A'].map((h) => c.bold(h)),
    style: plainStyle,
  });
  for (const p of PILLARS) {
    const s = score.pillars[p];
    t.push([p, fmtScore(s.score), fmtCoverage(s.coverage), fmtStage(s.stage), s.pass, s.fail, s.warn, s.error, s.notApplicable].map(String));
  }
  const sum = report.summary;
  t.push(
    [c.bold('overall'), fmtScore(score.overall), fmtCoverage(score.coverage), fmtStage(score.stage), sum.pass, sum.fail, sum.warn, sum.error, sum.notApplicable].map(
      String,
    ),
  );
  return t.toString();
}

const needsAttention = (r: Result): boolean => r.status === 'fail' || r.status === 'error' || r.status === 'warn';

/** Pass and not_applicable are counted per pillar, not listed: the table is for what needs doing. */
export const table: ReportWriter = (report, { color }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const out: string[] = [];
  // a target that was lost is one line, not one `error` row per check
  const lost = unassessedTargets(report);
  for (const u of lost) out.push(c.magenta(safe(u.line)));
  if (lost.length) out.push('');
  const folded = foldedIntoTargetLines(report);
  for (const { pillar, results } of findingsByPillar(report)) {
    const n = (st: Result['status']): number => results.filter((r) => r.status === st).length;
    out.push(c.bold(`${pillar}: ${n('fail')} fail, ${n('error')} error, ${n('warn')} warn, ${n('pass')} pass, ${n('not_applicable')} not applicable`));
    const shown = results.filter((r) => needsAttention(r) && !folded(r));
    if (shown.length) out.push(findingsTable(c, shown));
    out.push('');
  }
  if (report.results.length === 0) out.push('No results.', '');
  out.push(c.bold(`Scores (formulaVersion ${report.score.formulaVersion}; coverage = assessed weight / applicable weight)`), scoreTable(c, report));
  const f = report.summary.failing;
  out.push(
    `Open failures: critical ${f.critical}, high ${f.high}, medium ${f.medium}, low ${f.low}; accepted risks ${report.summary.excepted}; could not assess ${report.summary.error}`,
  );
  for (const e of report.expiredExceptions ?? []) out.push(c.yellow(safe(`expired exception (no longer applies): ${e.check} ${e.target ?? '*'} ${e.resource ?? '*'} expired ${e.expires}: ${e.reason}`)));
  const tone = { passed: c.green, failed: c.red.bold, incomplete: c.magenta.bold };
  for (const v of verdict(report)) out.push(tone[v.tone](safe(v.text)));
  return `${out.join('\n')}\n`;
};
