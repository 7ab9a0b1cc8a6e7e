// One self-contained HTML page: inline CSS and script, inline SVG charts, no request to any
// network (a CSP meta tag allows only the page's own style and script, by hash). The results
// travel as JSON in the page and the script renders one page of rows at a time, filterable by
// pillar, severity, target, status and text, so 10,000 targets and 100,000 results stay usable.
// Written as a generator of string chunks so a large report is streamed, not built as one string.
import { createHash } from 'node:crypto';
import { PILLARS, SEVERITIES } from '../engine/types.js';
import { escapeHtml as h } from './escape.js';
import { pillarChart, trendChart } from './html-page/charts.js';
import { dataBlock } from './html-page/data.js';
import { SCRIPT } from './html-page/script.js';
import { STYLE } from './html-page/style.js';
import type { Report, ReportWriter, WriterOptions } from './model.js';
import { fmtCoverage, fmtScore, fmtStage } from './order.js';
import { unassessedTargets } from './unassessed.js';
import { verdict } from './verdict.js';

const sha256 = (s: string): string => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
/** Nothing may load but the page's own style and script; no connection, no frame, no form. */
export const CSP = `default-src 'none'; style-src ${sha256(STYLE)}; script-src ${sha256(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;

/** Rows rendered per page of the findings and targets tables. */
export const PAGE_SIZE = 100;
/** Unassessed targets listed in the page itself (the rest are in the targets table). */
const LIST_LOST_UP_TO = 50;
/** Above this many targets the target filter offers no suggestion list. */
const SUGGEST_TARGETS_UP_TO = 1000;

const STATUS_OPTIONS: [string, string][] = [
  ['', 'any'],
  ['open', 'needs attention (fail, error, warn)'],
  ['fail', 'fail'],
  ['error', 'error (could not assess)'],
  ['warn', 'warn'],
  ['pass', 'pass'],
  ['not_applicable', 'not applicable'],
  ['excepted', 'accepted risk'],
];

const options = (pairs: readonly (readonly [string, string])[]): string => pairs.map(([v, label]) => `<option value="${h(v)}">${h(label)}</option>`).join('');

function* head(report: Report): Generator<string> {
  yield `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>ztaudit report ${h(report.scan.id)}</title>
<style>${STYLE}</style>
</head>
<body>
`;
}

function summary(report: Report): string {
  const { score, summary: s } = report;
  const byStatus = new Map<string, number>();
  for (const t of report.targets) byStatus.set(t.status, (byStatus.get(t.status) ?? 0) + 1);
  const targets = ['ok', 'partial', 'unreachable', 'skipped'].filter((k) => byStatus.has(k)).map((k) => `${byStatus.get(k)} ${k}`).join(', ');
  const card = (label: string, value: string, detail = ''): string => `<div class="card">${h(label)}<b>${h(value)}</b>${detail ? `<small>${h(detail)}</small>` : ''}</div>`;
  const gate = verdict(report).map((v) => `<p class="gate-${v.tone}">${h(v.text)}</p>`).join('\n');
  return `<h1>ztaudit report</h1>
<p>Scan <code>${h(report.scan.id)}</code>, ${h(report.scan.startedAt)} to ${h(report.scan.finishedAt)}: ${report.targets.length} targets, ${report.checks.length} checks, ${s.total} results. ztaudit ${h(report.tool.version)}, scoring formulaVersion ${score.formulaVersion}.</p>
${gate}
<div class="cards">
${card('Overall score', fmtScore(score.overall), `stage ${fmtStage(score.stage)}`)}
${card('Coverage', fmtCoverage(score.coverage), 'assessed weight / applicable weight')}
${card('Targets', String(report.targets.length), targets)}
${card('Open failures', String(s.failing.critical + s.failing.high + s.failing.medium + s.failing.low), `critical ${s.failing.critical}, high ${s.failing.high}, medium ${s.failing.medium}, low ${s.failing.low}`)}
${card('Could not assess', String(s.error), `accepted risks ${s.excepted}`)}
</div>
`;
}

function scores(report: Report): string {
  const { score, summary: s } = report;
  const rows = PILLARS.map((p) => {
    const x = score.pillars[p];
    return `<tr><td>${p}</td><td class="num">${fmtScore(x.score)}</td><td class="num">${fmtCoverage(x.coverage)}</td><td>${fmtStage(x.stage)}</td><td class="num">${x.pass}</td><td class="num">${x.fail}</td><td class="num">${x.warn}</td><td class="num">${x.error}</td><td class="num">${x.notApplicable}</td></tr>`;
  });
  rows.push(
    `<tr><th>overall</th><th class="num">${fmtScore(score.overall)}</th><th class="num">${fmtCoverage(score.coverage)}</th><th>${fmtStage(score.stage)}</th><th class="num">${s.pass}</th><th class="num">${s.fail}</th><th class="num">${s.warn}</th><th class="num">${s.error}</th><th class="num">${s.notApplicable}</th></tr>`,
  );
  return `<h2 id="scores">Scores by pillar</h2>
<div class="charts"><div>${pillarChart(report)}
<p class="legend"><span class="k-score"></span>score<span class="k-coverage"></span>coverage</p></div></div>
<table><thead><tr><th>Pillar</th><th class="num">Score</th><th class="num">Coverage</th><th>Stage</th><th class="num">Pass</th><th class="num">Fail</th><th class="num">Warn</th><th class="num">Error</th><th class="num">N/A</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>
`;
}

function trend(opts: WriterOptions): string {
  if (!opts.trend?.length) return '';
  return `<h2 id="trend">Trend</h2>
${trendChart(opts.trend)}
<p class="legend"><span class="k-score"></span>overall score<span class="k-trend-coverage"></span>coverage</p>
`;
}

/** Targets not fully assessed, each with its reason, near the top of the page. */
function lostTargets(report: Report): string {
  const lost = unassessedTargets(report);
  if (!lost.length) return '';
  const listed = lost.slice(0, LIST_LOST_UP_TO).map((u) => `<li><code>${h(u.target.id)}</code> <span class="${u.target.status}">${u.target.status}</span>: <span class="reason">${h(u.line.slice(u.target.id.length + u.target.status.length + 3))}</span></li>`);
  const more = lost.length > LIST_LOST_UP_TO ? `<li>and ${lost.length - LIST_LOST_UP_TO} more: filter the targets table by status</li>` : '';
  return `<p>Not fully assessed:</p>\n<ul class="lost">\n${listed.join('\n')}${more}\n</ul>\n`;
}

function targets(): string {
  return `<h2 id="targets">Targets</h2>
<div class="filters">
<label>Status<select id="t-status">${options([['', 'any'], ['ok', 'ok'], ['partial', 'partial'], ['unreachable', 'unreachable'], ['skipped', 'skipped']])}</select></label>
<label>Target or reason<input id="t-text" type="search" placeholder="name, address, reason"></label>
</div>
<div class="pager"><button type="button" id="targets-prev">Previous</button><button type="button" id="targets-next">Next</button><span id="targets-count" class="note"></span></div>
<table id="targets-table"><thead><tr><th>Target</th><th>Kind</th><th>Status</th><th>Reason</th><th class="num">Fail</th><th class="num">Error</th><th class="num">Warn</th><th class="num">Results</th></tr></thead><tbody id="targets-body"></tbody></table>
`;
}

function findings(report: Report): string {
  const suggest = report.targets.length <= SUGGEST_TARGETS_UP_TO;
  const datalist = suggest ? `<datalist id="target-ids">${report.targets.map((t) => `<option value="${h(t.id)}">`).join('')}</datalist>` : '';
  return `<h2 id="findings">Findings</h2>
<div class="filters">
<label>Pillar<select id="f-pillar">${options([['', 'any'], ...PILLARS.map((p) => [p, p] as const)])}</select></label>
<label>Severity<select id="f-severity">${options([['', 'any'], ...SEVERITIES.map((s) => [s, s] as const)])}</select></label>
<label>Status<select id="f-status">${options(STATUS_OPTIONS)}</select></label>
<label>Target<input id="f-target" type="search" placeholder="target id"${suggest ? ' list="target-ids"' : ''}></label>${datalist}
<label>Text<input id="f-text" type="search" placeholder="check, message, resource"></label>
</div>
<div class="pager"><button type="button" id="findings-prev">Previous</button><button type="button" id="findings-next">Next</button><span id="findings-count" class="note"></span></div>
<noscript><p class="note">The findings and targets tables need JavaScript; the JSON report (-f json) lists every result.</p></noscript>
<table id="findings-table"><thead><tr><th>Status</th><th>Severity</th><th>Check</th><th>Target</th><th>Resource</th><th>Message</th></tr></thead><tbody id="findings-body"></tbody></table>
`;
}

function expired(report: Report): string {
  // expired exceptions stop applying and must be reported in every human format (CONTRACT)
  const rows = (report.expiredExceptions ?? []).map(
    (e) => `<tr><td><code>${h(e.check)}</code></td><td>${h(e.target ?? '*')}</td><td>${h(e.resource ?? '*')}</td><td>${h(e.expires)}</td><td>${h(e.reason)}</td></tr>`,
  );
  if (!rows.length) return '';
  return `<h2>Expired exceptions (no longer applied)</h2>\n<table><thead><tr><th>Check</th><th>Target</th><th>Resource</th><th>Expired</th><th>Reason</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>\n`;
}

/** The page, in chunks: markup first, then the data block, then the script that renders it. */
export function* renderHtml(report: Report, opts: WriterOptions): Generator<string> {
  yield* head(report);
  yield summary(report);
  yield lostTargets(report);
  yield scores(report);
  yield trend(opts);
  yield findings(report);
  yield targets();
  yield expired(report);
  yield* dataBlock(report, PAGE_SIZE);
  yield `<script>${SCRIPT}</script>\n</body>\n</html>\n`;
}

/** The page in chunks, written as they come (ReportWriter). */
export const html: ReportWriter = (report, opts) => renderHtml(report, opts);
