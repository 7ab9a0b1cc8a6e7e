// Markdown: a score table with coverage beside every score, then the findings that need
// attention (fail, error, warn) grouped by pillar. Passes and not-applicable are counted only.
import { PILLARS } from '../engine/types.js';
import type { ReportWriter } from './model.js';
import { escapeMdCell as md } from './escape.js';
import { verdict } from './verdict.js';
import { displayStatus, findingsByPillar, fmtCoverage, fmtScore, fmtStage, resourceLabel } from './order.js';

export const markdown: ReportWriter = (report) => {
  const { score, summary } = report;
  const out: string[] = [
    '# ztaudit report',
    '',
    `Scan \`${md(report.scan.id)}\`: ${report.targets.length} targets, ${report.checks.length} checks, ${summary.total} results. ztaudit ${md(report.tool.version)}, scoring formulaVersion ${score.formulaVersion}.`,
    '',
    ...verdict(report).map((v) => `**${md(v.text)}**  `),
    '',
    '## Scores',
    '',
    '| Pillar | Score | Coverage | Stage | Pass | Fail | Warn | Error | N/A |',
    '|---|---:|---:|---|---:|---:|---:|---:|---:|',
  ];
  for (const p of PILLARS) {
    const s = score.pillars[p];
    out.push(`| ${p} | ${fmtScore(s.score)} | ${fmtCoverage(s.coverage)} | ${fmtStage(s.stage)} | ${s.pass} | ${s.fail} | ${s.warn} | ${s.error} | ${s.notApplicable} |`);
  }
  out.push(
    `| **overall** | **${fmtScore(score.overall)}** | ${fmtCoverage(score.coverage)} | ${fmtStage(score.stage)} | ${summary.pass} | ${summary.fail} | ${summary.warn} | ${summary.error} | ${summary.notApplicable} |`,
    '',
    `Open failures by severity: critical ${summary.failing.critical}, high ${summary.failing.high}, medium ${summary.failing.medium}, low ${summary.failing.low}. Accepted risks: ${summary.excepted}.`,
    '',
    '## Findings',
    '',
  );
  const groups = findingsByPillar(report, (r) => r.status === 'fail' || r.status === 'error' || r.status === 'warn');
  if (groups.length === 0) out.push('No failing, warning or unassessed results.', '');
  for (const { pillar, results } of groups) {
    out.push(`### ${pillar}`, '', '| Status | Severity | Check | Target | Resource | Message |', '|---|---|---|---|---|---|');
    for (const r of results) {
      out.push(`| ${md(displayStatus(r))} | ${r.severity} | \`${md(r.checkId)}\` | ${md(r.targetId)} | ${md(resourceLabel(r))} | ${md(r.message)} |`);
    }
    out.push('');
  }
  if (report.expiredExceptions?.length) {
    out.push('## Expired exceptions (no longer applied)', '', '| Check | Target | Resource | Expired | Reason |', '|---|---|---|---|---|');
    for (const e of report.expiredExceptions) out.push(`| ${md(e.check)} | ${md(e.target ?? '*')} | ${md(e.resource ?? '*')} | ${md(e.expires)} | ${md(e.reason)} |`);
    out.push('');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
};
