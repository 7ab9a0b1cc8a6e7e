// `--baseline OLD.json`: each result is `new` or `unchanged` against a saved JSON report, by
// fingerprint and status (a finding that was passing before and fails now is new). Baseline
// failures that no longer fail are counted as `absent`. With a baseline the gate counts new
// results only, so a team can adopt ztaudit without fixing everything on day one.
import { readFileSync } from 'node:fs';
import { UsageError, errorMessage } from '../engine/errors.js';
import { STATUSES, type Result, type Status } from '../engine/types.js';
import { validateReport } from './validate.js';

/** The part of a saved report a baseline needs. */
export interface BaselineEntry {
  fingerprint: string;
  status: Status;
}

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Shape checks of a saved JSON report, as far as a baseline relies on them. */
export function validateBaseline(raw: unknown, file: string): BaselineEntry[] {
  const fail = (msg: string): never => {
    throw new UsageError(`baseline ${file}: ${msg}`);
  };
  if (!isObj(raw)) return fail('not a ztaudit JSON report (expected an object)');
  if (raw.schemaVersion !== '1') fail(`not a ztaudit JSON report (schemaVersion ${JSON.stringify(raw.schemaVersion)}, expected "1")`);
  if (!isObj(raw.tool) || raw.tool.name !== 'ztaudit') fail('not a ztaudit JSON report (tool.name must be "ztaudit")');
  if (!Array.isArray(raw.results)) return fail('results: must be a list');
  // the full schema check (schema/report.schema.json); the checks below keep the types honest
  const { valid, errors } = validateReport(raw);
  if (!valid) fail(`not a valid ztaudit JSON report: ${(errors[0] ?? 'invalid').replace(/\s*\n\s*/g, ' ')}`);
  return (raw.results as unknown[]).map((r, i): BaselineEntry => {
    if (!isObj(r)) return fail(`results[${i}]: must be an object`);
    if (typeof r.fingerprint !== 'string' || r.fingerprint === '') fail(`results[${i}].fingerprint: must be a non-empty string`);
    if (typeof r.checkId !== 'string') fail(`results[${i}].checkId: must be a string`);
    if (!(STATUSES as readonly unknown[]).includes(r.status)) fail(`results[${i}].status: must be one of ${STATUSES.join(', ')}`);
    return { fingerprint: r.fingerprint as string, status: r.status as Status };
  });
}

export function parseBaseline(text: string, file: string): BaselineEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`baseline ${file}: malformed JSON: ${errorMessage(err).split('\n')[0]}`);
  }
  return validateBaseline(raw, file);
}

export function loadBaseline(file: string): BaselineEntry[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read baseline ${file}: ${(err as NodeJS.ErrnoException).code ?? errorMessage(err)}`);
  }
  return parseBaseline(text, file);
}

const key = (fingerprint: string, status: Status): string => `${fingerprint} ${status}`;

/** New results (input untouched) marked new/unchanged, and how many baseline failures are gone. */
export function applyBaseline(results: readonly Result[], baseline: readonly BaselineEntry[]): { results: Result[]; absent: number } {
  const before = new Set(baseline.map((b) => key(b.fingerprint, b.status)));
  const nowFailing = new Set(results.filter((r) => r.status === 'fail').map((r) => r.fingerprint));
  const out = results.map((r): Result => ({ ...r, baselineState: before.has(key(r.fingerprint, r.status)) ? 'unchanged' : 'new' }));
  const absent = new Set(baseline.filter((b) => b.status === 'fail' && !nowFailing.has(b.fingerprint)).map((b) => b.fingerprint)).size;
  return { results: out, absent };
}
