// JUnit XML for CI dashboards: one <testsuite> per target, one <testcase> per result.
// fail => <failure>, error => <error>, not_applicable => <skipped>; an accepted-risk failure is
// <skipped> with its reason (it must not fail the build, like the gate); warn passes with the
// warning in <system-out>.
import type { Result } from '../engine/types.js';
import type { Report, ReportWriter } from './model.js';
import { checksById, sortFindings, resourceLabel } from './order.js';
import { escapeXml as x } from './escape.js';

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function testcase(r: Result, title: string): string {
  const res = resourceLabel(r);
  const name = res ? `${r.checkId} [${res}]` : r.checkId;
  const open = `    <testcase name="${x(name)}" classname="${x(r.checkId)}" time="0">`;
  const detail = [r.message, ...(r.evidence ? [`evidence: ${r.evidence}`] : []), `check: ${title}`, `severity: ${r.severity}`, `fingerprint: ${r.fingerprint}`].join('\n');
  if (r.exception) return `${open}\n      <skipped message="${x(`accepted risk: ${r.exception.reason}`)}"/>\n    </testcase>`;
  switch (r.status) {
    case 'fail':
      return `${open}\n      <failure message="${x(r.message)}" type="${x(r.severity)}">${x(detail)}</failure>\n    </testcase>`;
    case 'error':
      return `${open}\n      <error message="${x(r.message)}" type="could-not-assess">${x(detail)}</error>\n    </testcase>`;
    case 'not_applicable':
      return `${open}\n      <skipped message="${x(r.message)}"/>\n    </testcase>`;
    case 'warn':
      return `${open}\n      <system-out>${x(`warning: ${detail}`)}</system-out>\n    </testcase>`;
    default:
      return `${open}</testcase>`;
  }
}

export const junit: ReportWriter = function* (report: Report) {
  const checks = checksById(report);
  const names = new Map(report.targets.map((t) => [t.id, t.name]));
  const byTarget = new Map<string, Result[]>();
  for (const t of report.targets) byTarget.set(t.id, []);
  for (const r of report.results) {
    const list = byTarget.get(r.targetId);
    if (list) list.push(r);
    else byTarget.set(r.targetId, [r]);
  }
  const ids = [...byTarget.keys()].sort(cmp);
  const isFailure = (r: Result): boolean => r.status === 'fail' && !r.exception;
  const isError = (r: Result): boolean => r.status === 'error' && !r.exception;
  const isSkipped = (r: Result): boolean => r.status === 'not_applicable' || !!r.exception;
  // the totals head the file, so they are counted first; the cases are then written suite by suite
  const total = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  for (const list of byTarget.values()) {
    for (const r of list) {
      total.tests++;
      if (isFailure(r)) total.failures++;
      else if (isError(r)) total.errors++;
      if (isSkipped(r)) total.skipped++;
    }
  }
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="ztaudit" tests="${total.tests}" failures="${total.failures}" errors="${total.errors}" skipped="${total.skipped}" time="0">\n`;
  for (const id of ids) {
    const results = sortFindings(byTarget.get(id)!);
    const failures = results.filter(isFailure).length;
    const errors = results.filter(isError).length;
    const skipped = results.filter(isSkipped).length;
    const name = names.get(id);
    const suiteName = name && name !== id ? `${name} (${id})` : id;
    yield `  <testsuite name="${x(suiteName)}" tests="${results.length}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="0">`;
    if (results.length) {
      // a few hundred cases per chunk: few enough strings, small enough chunks
      for (let i = 0; i < results.length; i += 256) {
        yield `\n${results
          .slice(i, i + 256)
          .map((r) => testcase(r, checks.get(r.checkId)?.title ?? r.checkId))
          .join('\n')}`;
      }
      yield '\n  ';
    }
    yield '</testsuite>\n';
  }
  yield '</testsuites>\n';
};
