// Pure evaluation: facts in, results out. The engine resolves each check's facts first;
// a fact that was not collected becomes `error` (or `not_applicable`) with its reason,
// and evaluate() is never called with it. A check that throws is recorded as `error`.
import { makeContext, type Check, type CheckOutcome } from './check.js';
import { fingerprint } from './fingerprint.js';
import type { FactsSnapshot, TargetFacts } from './facts.js';
import type { Outcome, Result } from './types.js';

function toResult(check: Check, target: TargetFacts, o: CheckOutcome): Result {
  const r: Result = {
    checkId: check.meta.id,
    targetId: target.target.id,
    status: o.status,
    severity: o.severity ?? check.meta.severity,
    message: o.message,
    fingerprint: fingerprint(check.meta.id, target.target.id, o.resource),
  };
  if (o.resource) r.resource = o.resource;
  if (o.messageId) r.messageId = o.messageId;
  if (o.evidence !== undefined) r.evidence = o.evidence;
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
