// Pure evaluation: facts in, results out. The engine resolves each check's facts first;
// a fact that was not collected becomes `error` (or `not_applicable`) with its reason,
// and evaluate() is never called with it. A check that throws is recorded as `error`.
import { makeContext, type Check, type CheckOutcome } from './check.js';
import { fingerprint } from './fingerprint.js';
import type { FactsSnapshot, TargetFacts } from './facts.js';
import type { Outcome, Result } from './types.js';

/**
 * The message and evidence each check gave last, by check id. A fleet's hosts mostly get the same
 * words from a check, yet each result's text is a string of its own (a template literal builds a
 * new tree of parts per call); sharing the earlier, equal string lets that copy go. A check's next
 * result usually says what its last one did, so one entry per check is enough, and the map never
 * holds more than one pair per check id.
 */
const lastSaid = new Map<string, { message: string; evidence: string | undefined }>();

function shareText(checkId: string, message: string, evidence: string | undefined): { message: string; evidence: string | undefined } {
  const last = lastSaid.get(checkId);
  if (!last) {
    const first = { message, evidence };
    lastSaid.set(checkId, first);
    return first;
  }
  if (last.message === message) message = last.message;
  else last.message = message;
  if (evidence !== undefined) {
    if (last.evidence === evidence) evidence = last.evidence;
    else last.evidence = evidence;
  }
  return { message, evidence };
}

function toResult(check: Check, target: TargetFacts, o: CheckOutcome): Result {
  const text = shareText(check.meta.id, o.message, o.evidence);
  const r: Result = {
    checkId: check.meta.id,
    targetId: target.target.id,
    status: o.status,
    severity: o.severity ?? check.meta.severity,
    message: text.message,
    fingerprint: fingerprint(check.meta.id, target.target.id, o.resource),
  };
  if (o.resource) r.resource = o.resource;
  if (o.messageId) r.messageId = o.messageId;
  if (text.evidence !== undefined) r.evidence = text.evidence;
  if (o.location) r.location = o.location;
  if (o.credit !== undefined) r.credit = o.credit;
  return r;
}

/** Run one check against one target's facts. */
export function evaluateCheck(check: Check, target: TargetFacts): Result[] {
  const values: Record<string, unknown> = {};
  for (const key of check.meta.facts) {
    const fact = target.facts[key] as Outcome<unknown> | undefined;
    if (!fact) {
      const reason = target.status === 'unreachable' ? `target unreachable: ${target.error ?? 'unknown error'}` : `fact ${key} was not collected`;
      return [toResult(check, target, { status: 'error', message: reason })];
    }
    if (!fact.ok) {
      return [toResult(check, target, { status: fact.notApplicable ? 'not_applicable' : 'error', message: fact.reason })];
    }
    values[key] = fact.value;
  }
  let outcomes: CheckOutcome | readonly CheckOutcome[];
  try {
    outcomes = check.evaluate(values as never, makeContext(check.meta));
  } catch (err) {
    return [toResult(check, target, { status: 'error', message: `check failed: ${(err as Error).message}` })];
  }
  const list = Array.isArray(outcomes) ? (outcomes as readonly CheckOutcome[]) : [outcomes as CheckOutcome];
  if (list.length === 0) {
    return [toResult(check, target, { status: 'not_applicable', message: 'nothing to assess' })];
  }
  return list.map((o) => toResult(check, target, o));
}

export function compareResults(a: Result, b: Result): number {
  return (
    cmp(a.targetId, b.targetId) ||
    cmp(a.checkId, b.checkId) ||
    cmp(a.resource?.kind ?? '', b.resource?.kind ?? '') ||
    cmp(a.resource?.namespace ?? '', b.resource?.namespace ?? '') ||
    cmp(a.resource?.name ?? '', b.resource?.name ?? '') ||
    cmp(a.fingerprint, b.fingerprint) ||
    cmp(a.message, b.message)
  );
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Every applicable check over every target, in a stable order. */
export function evaluateSnapshot(snapshot: FactsSnapshot, checks: readonly Check[]): Result[] {
  const results: Result[] = [];
  for (const target of snapshot.targets) {
    if (target.status === 'skipped') continue;
    for (const check of checks) {
      if (!check.meta.targetKinds.includes(target.target.kind)) continue;
      // a loop, not push(...list): a check over 100,000 pods returns more results than a call takes arguments
      for (const r of evaluateCheck(check, target)) results.push(r);
    }
  }
  // One result per fingerprint: a check that reports the same resource twice keeps the worst.
  return dedupe(results).sort(compareResults);
}

const RANK: Record<Result['status'], number> = { fail: 4, error: 3, warn: 2, pass: 1, not_applicable: 0 };

function dedupe(results: Result[]): Result[] {
  const byFp = new Map<string, Result>();
  for (const r of results) {
    const prev = byFp.get(r.fingerprint);
    if (!prev || RANK[r.status] > RANK[prev.status]) byFp.set(r.fingerprint, r);
  }
  return [...byFp.values()];
}
