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
const lastSaid = new Map<string, { message?: string; evidence?: string }>();

/** The earlier equal string when there is one, else `text`, remembered for the next result. */
function shared(last: { message?: string; evidence?: string }, key: 'message' | 'evidence', text: string): string {
  if (last[key] === text) return last[key];
  last[key] = text;
  return text;
}

function toResult(check: Check, target: TargetFacts, o: CheckOutcome): Result {
  let last = lastSaid.get(check.meta.id);
  if (!last) lastSaid.set(check.meta.id, (last = {}));
  const r: Result = {
    checkId: check.meta.id,
    targetId: target.target.id,
    status: o.status,
    severity: o.severity ?? check.meta.severity,
    message: shared(last, 'message', o.message),
    fingerprint: fingerprint(check.meta.id, target.target.id, o.resource),
  };
  if (o.resource) r.resource = o.resource;
  if (o.messageId) r.messageId = o.messageId;
  if (o.evidence !== undefined) r.evidence = shared(last, 'evidence', o.evidence);
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
  return cmp(a.targetId, b.targetId) || cmp(a.checkId, b.checkId) || compareInGroup(a, b);
}

/** compareResults for two results of one target and one check: the keys after those two. */
function compareInGroup(a: Result, b: Result): number {
  const ra = a.resource;
  const rb = b.resource;
  return (
    cmp(ra?.kind ?? '', rb?.kind ?? '') ||
    cmp(ra?.namespace ?? '', rb?.namespace ?? '') ||
    cmp(ra?.name ?? '', rb?.name ?? '') ||
    cmp(a.fingerprint, b.fingerprint) ||
    cmp(a.message, b.message)
  );
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Ends of the runs of equal ids in a list sorted by id. */
function runs<T>(list: readonly T[], idOf: (t: T) => string): number[] {
  const ends: number[] = [];
  for (let i = 1; i <= list.length; i++) if (i === list.length || idOf(list[i]!) !== idOf(list[i - 1]!)) ends.push(i);
  return ends;
}

/**
 * Every applicable check over every target, in a stable order (compareResults).
 *
 * Targets and checks are walked in id order, so the results come in groups (one target id, one
 * check id) that are already in the order compareResults puts them: only each group is
 * deduplicated and sorted, by the keys after those two. A fingerprint names its check and target,
 * so a duplicate never spans groups; a quarter million results cost a few small sorts and maps
 * rather than one large sort over five million comparisons.
 */
export function evaluateSnapshot(snapshot: FactsSnapshot, checks: readonly Check[]): Result[] {
  const targets = snapshot.targets.filter((t) => t.status !== 'skipped').sort((a, b) => cmp(a.target.id, b.target.id));
  const ordered = [...checks].sort((a, b) => cmp(a.meta.id, b.meta.id));
  const checkEnds = runs(ordered, (c) => c.meta.id);
  const results: Result[] = [];
  let t0 = 0;
  for (const t1 of runs(targets, (t) => t.target.id)) {
    let c0 = 0;
    for (const c1 of checkEnds) {
      // targets (and checks) sharing an id form one group, in the order they were listed
      const group: Result[] = [];
      for (let t = t0; t < t1; t++) {
        const target = targets[t]!;
        for (let c = c0; c < c1; c++) {
          const check = ordered[c]!;
          if (!check.meta.targetKinds.includes(target.target.kind)) continue;
          // a loop, not push(...list): a check over 100,000 pods returns more results than a call takes arguments
          for (const r of evaluateCheck(check, target)) group.push(r);
        }
      }
      for (const r of sortGroup(group)) results.push(r);
      c0 = c1;
    }
    t0 = t1;
  }
  return results;
}

/**
 * One group's results deduplicated (one per fingerprint: a check that reports the same resource
 * twice keeps the worst) and sorted. Sorted first: a fingerprint hashes `kind/namespace/name`,
 * so while no kind or namespace holds a '/' equal fingerprints mean equal sort keys, and any
 * duplicates sit side by side; a group without them (nearly all) needs no map of fingerprints.
 */
function sortGroup(group: Result[]): Result[] {
  if (group.length < 2) return group;
  let unambiguous = true;
  for (const r of group) if (r.resource && (r.resource.kind.includes('/') || (r.resource.namespace ?? '').includes('/'))) unambiguous = false;
  if (unambiguous) {
    const sorted = group.slice().sort(compareInGroup);
    let duplicates = false;
    for (let i = 1; i < sorted.length && !duplicates; i++) duplicates = sorted[i]!.fingerprint === sorted[i - 1]!.fingerprint;
    if (!duplicates) return sorted;
  }
  return dedupe(group).sort(compareInGroup);
}

const RANK: Record<Result['status'], number> = { fail: 4, error: 3, warn: 2, pass: 1, not_applicable: 0 };

/** The first of each fingerprint in its place, replaced by a later one of a worse status. */
function dedupe(results: Result[]): Result[] {
  if (results.length < 2) return results;
  const byFp = new Map<string, Result>();
  for (const r of results) {
    const prev = byFp.get(r.fingerprint);
    if (!prev || RANK[r.status] > RANK[prev.status]) byFp.set(r.fingerprint, r);
  }
  return byFp.size === results.length ? results : [...byFp.values()];
}
