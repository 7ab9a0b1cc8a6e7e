// One self-contained HTML page (inline CSS, no scripts, no external resources), every value escaped.
import { PILLARS } from '../engine/types.js';
import type { ReportWriter } from './model.js';
import { escapeHtml as h } from './escape.js';
import { displayStatus, findingsByPillar, fmtCoverage, fmtScore, fmtStage, resourceLabel } from './order.js';
import { verdict } from './verdict.js';

const CSS = `body{font-family:system-ui,sans-serif;margin:2rem;color:#222}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}
th{background:#f4f4f4}.fail{color:#b00020;font-weight:bold}.error{color:#8e24aa}.warn{color:#a66b00}.pass{color:#2e7d32}.not_applicable,.excepted{color:#777}
.gate-ok{color:#2e7d32}.gate-fail{color:#b00020}`;

export const html: ReportWriter = (report) => {
  const { score, summary } = report;
  const rows = PILLARS.map((p) => {
    const s = score.pillars[p];
    return `<tr><td>${p}</td><td>${fmtScore(s.score)}</td><td>${fmtCoverage(s.coverage)}</td><td>${fmtStage(s.stage)}</td><td>${s.pass}</td><td>${s.fail}</td><td>${s.warn}</td><td>${s.error}</td><td>${s.notApplicable}</td></tr>`;
  });
  rows.push(
    `<tr><th>overall</th><th>${fmtScore(score.overall)}</th><th>${fmtCoverage(score.coverage)}</th><th>${fmtStage(score.stage)}</th><th>${summary.pass}</th><th>${summary.fail}</th><th>${summary.warn}</th><th>${summary.error}</th><th>${summary.notApplicable}</th></tr>`,
  );
  const findings = findingsByPillar(report).map(({ pillar, results }) => {
    const trs = results.map((r) => {
      const cls = r.exception ? 'excepted' : r.status;
      return `<tr><td class="${cls}">${h(displayStatus(r))}</td><td>${r.severity}</td><td><code>${h(r.checkId)}</code></td><td>${h(r.targetId)}</td><td>${h(resourceLabel(r))}</td><td>${h(r.message)}${r.evidence ? `<br><small>${h(r.evidence)}</small>` : ''}</td></tr>`;
    });
    return `<h3>${pillar} (${results.length})</h3>\n<table><thead><tr><th>Status</th><th>Severity</th><th>Check</th><th>Target</th><th>Resource</th><th>Message</th></tr></thead><tbody>\n${trs.join('\n')}\n</tbody></table>`;
  });
  // expired exceptions stop applying and must be reported in every human format (CONTRACT)
  const expired = (report.expiredExceptions ?? []).map(
    (e) => `<tr><td><code>${h(e.check)}</code></td><td>${h(e.target ?? '*')}</td><td>${h(e.resource ?? '*')}</td><td>${h(e.expires)}</td><td>${h(e.reason)}</td></tr>`,
  );
  const expiredSection = expired.length
    ? `\n<h2>Expired exceptions (no longer applied)</h2>\n<table><thead><tr><th>Check</th><th>Target</th><th>Resource</th><th>Expired</th><th>Reason</th></tr></thead><tbody>\n${expired.join('\n')}\n</tbody></table>`
    : '';
  const gate = verdict(report)
    .map((v) => `<p class="${v.tone === 'passed' ? 'gate-ok' : 'gate-fail'}">${h(v.text)}</p>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>ztaudit report ${h(report.scan.id)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>ztaudit report</h1>
<p>Scan <code>${h(report.scan.id)}</code>, ${h(report.scan.startedAt)} to ${h(report.scan.finishedAt)}: ${report.targets.length} targets, ${report.checks.length} checks, ${summary.total} results. ztaudit ${h(report.tool.version)}, scoring formulaVersion ${score.formulaVersion}.</p>
${gate}
<h2>Scores</h2>
<table><thead><tr><th>Pillar</th><th>Score</th><th>Coverage</th><th>Stage</th><th>Pass</th><th>Fail</th><th>Warn</th><th>Error</th><th>N/A</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>
<h2>Findings</h2>
${findings.length ? findings.join('\n') : '<p>No results.</p>'}${expiredSection}
</body>
</html>
`;
};
