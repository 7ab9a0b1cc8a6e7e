// Markdown for pull-request comments: the summary first (targets, open failures, score, stage,
// coverage, the exit status in words), the per-pillar scores, one line per target not fully
// assessed, then the findings that need attention in a collapsible <details> per pillar. The
// whole comment stays under GitHub's 65,536-character limit: when the findings do not fit, the
// most urgent are kept and the comment says how many were left out and where the rest are.
import { PILLARS } from '../engine/types.js';
import type { Result } from '../engine/types.js';
import { escapeMdCell as md } from './escape.js';
import type { Report, ReportWriter, WriterOptions } from './model.js';
import { checksById, sortFindings, displayStatus, fmtCoverage, fmtScore, fmtStage, locationLabel, resourceLabel } from './order.js';
import { foldedIntoTargetLines, unassessedTargets } from './unassessed.js';
import { verdict } from './verdict.js';

/** GitHub refuses a comment longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** Kept free under the limit for the closing lines (what was left out, and where it is). */
const RESERVE = 1_000;
/** Targets not fully assessed listed one a line; the rest are counted. */
const LIST_LOST_UP_TO = 30;
const LIST_EXPIRED_UP_TO = 30;

const needsAttention = (r: Result): boolean => r.status === 'fail' || r.status === 'error' || r.status === 'warn';

function head(report: Report): string[] {
  const { score, summary: s } = report;
  const byStatus = new Map<string, number>();
  for (const t of report.targets) byStatus.set(t.status, (byStatus.get(t.status) ?? 0) + 1);
  const targets = ['ok', 'partial', 'unreachable', 'skipped'].filter((k) => byStatus.has(k)).map((k) => `${byStatus.get(k)} ${k}`).join(', ');
  const out = [
    '# ztaudit report',
    '',
    ...verdict(report).map((v) => `**${md(v.text)}**  `),
    '',
    '| Targets | Overall score | Stage | Coverage | Open failures (critical / high / medium / low) | Could not assess | Accepted risks |',
    '|---|---:|---|---:|---|---:|---:|',
    `| ${report.targets.length}${targets ? ` (${targets})` : ''} | **${fmtScore(score.overall)}** | ${fmtStage(score.stage)} | ${fmtCoverage(score.coverage)} | ${s.failing.critical} / ${s.failing.high} / ${s.failing.medium} / ${s.failing.low} | ${s.error} | ${s.excepted} |`,
    '',
  ];
  const lost = unassessedTargets(report);
  if (lost.length) {
    out.push('Not fully assessed:', '');
    for (const u of lost.slice(0, LIST_LOST_UP_TO)) out.push(`- ${md(u.line)}`);
    if (lost.length > LIST_LOST_UP_TO) out.push(`- and ${lost.length - LIST_LOST_UP_TO} more targets (see the JSON report)`);
    out.push('');
  }
  out.push(
    '<details><summary>Scores by pillar</summary>',
    '',
    '| Pillar | Score | Coverage | Stage | Pass | Fail | Warn | Error | N/A |',
    '|---|---:|---:|---|---:|---:|---:|---:|---:|',
  );
  for (const p of PILLARS) {
    const x = score.pillars[p];
    out.push(`| ${p} | ${fmtScore(x.score)} | ${fmtCoverage(x.coverage)} | ${fmtStage(x.stage)} | ${x.pass} | ${x.fail} | ${x.warn} | ${x.error} | ${x.notApplicable} |`);
  }
  out.push(
    `| **overall** | **${fmtScore(score.overall)}** | ${fmtCoverage(score.coverage)} | ${fmtStage(score.stage)} | ${s.pass} | ${s.fail} | ${s.warn} | ${s.error} | ${s.notApplicable} |`,
    '',
    `Scan \`${md(report.scan.id)}\`: ${report.targets.length} targets, ${report.checks.length} checks, ${s.total} results. ztaudit ${md(report.tool.version)}, scoring formulaVersion ${score.formulaVersion}.`,
    '',
    '</details>',
    '',
  );
  return out;
}

function expired(report: Report): string[] {
  const list = report.expiredExceptions ?? [];
  if (!list.length) return [];
  const out = ['## Expired exceptions (no longer applied)', '', '| Check | Target | Resource | Expired | Reason |', '|---|---|---|---|---|'];
  for (const e of list.slice(0, LIST_EXPIRED_UP_TO)) out.push(`| ${md(e.check)} | ${md(e.target ?? '*')} | ${md(e.resource ?? '*')} | ${md(e.expires)} | ${md(e.reason)} |`);
  if (list.length > LIST_EXPIRED_UP_TO) out.push('', `and ${list.length - LIST_EXPIRED_UP_TO} more expired exceptions (see the JSON report).`);
  out.push('');
  return out;
}

const row = (r: Result): string => {
  const where = [resourceLabel(r), locationLabel(r)].filter(Boolean).join(' at ');
  return `| ${md(displayStatus(r))} | ${r.severity} | \`${md(r.checkId)}\` | ${md(r.targetId)} | ${md(where)} | ${md(r.message)} |\n`;
};
const TABLE_HEAD = '| Status | Severity | Check | Target | Resource | Message |\n|---|---|---|---|---|---|\n';

export function* renderMarkdown(report: Report, opts: WriterOptions & { limit?: number } = { color: false }): Generator<string> {
  const limit = opts.limit ?? GITHUB_COMMENT_LIMIT;
  const top = `${head(report).join('\n')}\n## Findings\n\n`;
  const tail = expired(report).join('\n');
  const folded = foldedIntoTargetLines(report);
  const checks = checksById(report);
  const listed = sortFindings(report.results.filter((r) => needsAttention(r) && !folded(r)));
  const pillarOf = (r: Result): string => checks.get(r.checkId)?.pillar ?? 'unknown';
  const pillars = [...PILLARS, 'unknown'].filter((p) => listed.some((r) => pillarOf(r) === p));
  const countLine = (rs: readonly Result[]): string => {
    const n = (st: Result['status']): number => rs.filter((r) => r.status === st).length;
    return `${n('fail')} fail, ${n('error')} error, ${n('warn')} warn`;
  };
  const heading = (p: string): string => `<details><summary><b>${p}</b>: ${countLine(listed.filter((r) => pillarOf(r) === p))}</summary>\n\n${TABLE_HEAD}`;
  const closing = (left: number): string => `${left ? `\n_${left} more in this pillar left out to stay under the comment limit._\n` : ''}\n</details>\n\n`;
  // the most urgent findings first, as many as fit beside the fixed parts
  let used = top.length + tail.length + RESERVE + pillars.reduce((n, p) => n + heading(p).length + closing(1).length + 8, 0);
  const kept = new Set<Result>();
  for (const r of listed) {
    const size = row(r).length;
    if (used + size > limit) break;
    used += size;
    kept.add(r);
  }
  yield top;
  if (!listed.length) yield 'No failing, warning or unassessed results.\n\n';
  for (const p of pillars) {
    const rs = listed.filter((r) => pillarOf(r) === p);
    yield heading(p);
    for (const r of rs) if (kept.has(r)) yield row(r);
    yield closing(rs.filter((r) => !kept.has(r)).length);
  }
  const left = listed.length - kept.size;
  if (left) yield `**${left} of ${listed.length} findings left out** to stay under GitHub's ${limit.toLocaleString('en-US')}-character comment limit; the most urgent are shown. The JSON and SARIF reports list every result.\n\n`;
  if (tail) yield tail;
}

export const markdown: ReportWriter = (report, opts) => `${[...renderMarkdown(report, opts)].join('').replace(/\n+$/, '')}\n`;
