// The results as JSON inside <script type="application/json">, written in chunks. Rows are
// arrays, not objects, so 100,000 results stay a few tens of megabytes; `<`, `>`, `&` and the
// JavaScript line separators are written as \u escapes, so no value (a hostile target name, a
// message holding "</script>") can end the block or be read as markup.
import type { Result } from '../../engine/types.js';
import type { Report } from '../model.js';
import { sortFindings, locationLabel, resourceLabel } from '../order.js';

const UNSAFE = /[<>&\u2028\u2029]/g;
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value).replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * Rows of results per chunk: large enough to be cheap, small enough that a chunk's string stays
 * under V8's large-object size (128 KB), which would be born in the old generation (see BATCH in
 * json-stream.ts).
 */
const CHUNK = 250;

export function* dataBlock(report: Report, pageSize: number): Generator<string> {
  const checkIndex = new Map<string, number>();
  const checks = [...report.checks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  checks.forEach((c, i) => checkIndex.set(c.id, i));
  const targetIndex = new Map<string, number>();
  report.targets.forEach((t, i) => targetIndex.set(t.id, i));
  // results of a check or target the report does not describe still show, under their own id
  const extraChecks: string[] = [];
  const extraTargets: string[] = [];
  const indexOf = (map: Map<string, number>, extra: string[], base: number, id: string): number => {
    let i = map.get(id);
    if (i === undefined) {
      i = base + extra.length;
      extra.push(id);
      map.set(id, i);
    }
    return i;
  };
  const results = sortFindings(report.results);
  const row = (r: Result): unknown[] => [
    indexOf(checkIndex, extraChecks, checks.length, r.checkId),
    indexOf(targetIndex, extraTargets, report.targets.length, r.targetId),
    r.status,
    r.severity,
    r.message,
    resourceLabel(r),
    r.evidence ?? '',
    locationLabel(r),
    r.exception ? r.exception.reason : 0,
  ];
  yield `<script type="application/json" id="ztaudit-data">{"pageSize":${pageSize},"results":[`;
  for (let i = 0; i < results.length; i += CHUNK) {
    // one native stringify (and one escape pass) per chunk rather than per row: the rows of
    // `[[...],[...]]` without its outer brackets are exactly the rows joined by ','
    const part = scriptJson(results.slice(i, i + CHUNK).map(row));
    yield (i ? ',' : '') + part.slice(1, -1);
  }
  const checkRows = checks.map((c) => [c.id, c.title, c.severity, c.pillar, c.remediation, c.references, c.rationale ?? '']);
  for (const id of extraChecks) checkRows.push([id, id, 'low', 'unknown', '', [], '']);
  const targetRows = report.targets.map((t) => [t.id, t.kind, t.name, t.status, t.error ?? '']);
  for (const id of extraTargets) targetRows.push([id, '', id, 'ok', '']);
  yield `],"checks":${scriptJson(checkRows)},"targets":${scriptJson(targetRows)}}</script>\n`;
}
