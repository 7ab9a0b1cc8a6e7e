// evaluateSnapshot walks targets and checks in id order and deduplicates and sorts each (target,
// check) group on its own (issue 9). This holds it to the plain definition: every result of
// every check on every target, one per fingerprint (the first of the worst status), then one
// stable sort by compareResults; including duplicate ids, repeated resources, resources without
// a namespace and kinds or namespaces holding '/', whose fingerprints can coincide.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineCheck, type Check, type CheckOutcome } from '../../src/engine/check.js';
import { compareResults, evaluateCheck, evaluateSnapshot } from '../../src/engine/evaluate.js';
import type { FactsSnapshot, TargetFacts } from '../../src/engine/facts.js';
import type { Result, Status } from '../../src/engine/types.js';

const RANK: Record<Status, number> = { fail: 4, error: 3, warn: 2, pass: 1, not_applicable: 0 };

/** The definition, as evaluateSnapshot was first written: all results, one dedupe, one sort. */
function reference(snapshot: FactsSnapshot, checks: readonly Check[]): Result[] {
  const all: Result[] = [];
  for (const target of snapshot.targets) {
    if (target.status === 'skipped') continue;
    for (const check of checks) if (check.meta.targetKinds.includes(target.target.kind)) all.push(...evaluateCheck(check, target));
  }
  const byFp = new Map<string, Result>();
  for (const r of all) {
    const prev = byFp.get(r.fingerprint);
    if (!prev || RANK[r.status] > RANK[prev.status]) byFp.set(r.fingerprint, r);
  }
  return [...byFp.values()].sort(compareResults);
}

type Spec = { status: Status; kind: string; namespace?: string; name: string; message: string } | { status: Status; message: string };

const outcome = fc.oneof(
  fc.record({
    status: fc.constantFrom<Status>('fail', 'error', 'warn', 'pass', 'not_applicable'),
    kind: fc.constantFrom('Pod', 'Deployment', 'a/b', 'a'),
    namespace: fc.option(fc.constantFrom('ns', 'b', 'b/c', ''), { nil: undefined }),
    name: fc.constantFrom('x', 'y', 'c/x', 'b/c/x', ''),
    message: fc.constantFrom('m1', 'm2', 'm3'),
  }),
  fc.record({ status: fc.constantFrom<Status>('fail', 'pass', 'not_applicable'), message: fc.constantFrom('m1', 'm2') }),
);

const checkOf = (id: string, specs: readonly Spec[]): Check =>
  defineCheck({
    id,
    title: id,
    severity: 'low',
    pillar: 'devices',
    stage: 'initial',
    targetKinds: ['linux'],
    facts: [],
    references: [],
    remediation: 'none',
    messages: {},
    evaluate: (): CheckOutcome[] =>
      specs.map((s) => {
        const o: CheckOutcome = { status: s.status, message: s.message };
        if ('kind' in s) o.resource = s.namespace === undefined ? { kind: s.kind, name: s.name } : { kind: s.kind, namespace: s.namespace, name: s.name };
        return o;
      }),
  }) as unknown as Check;

const target = (id: string, status: TargetFacts['status']): TargetFacts => ({ target: { id, kind: 'linux', name: id }, status, durationMs: 0, facts: {} });

describe('evaluateSnapshot', () => {
  it('equals one dedupe and one sort of all results, for any targets, checks and resources', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('t1', 't2', 't0'), fc.constantFrom<TargetFacts['status']>('ok', 'ok', 'skipped')), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.constantFrom('c.b', 'c.a', 'c.c'), fc.array(outcome, { maxLength: 12 })), { minLength: 1, maxLength: 4 }),
        (targets, checks) => {
          const snapshot: FactsSnapshot = { kind: 'ztaudit-facts', schemaVersion: '1', tool: { name: 'ztaudit', version: 't' }, collectedAt: '2026-01-01T00:00:00Z', targets: targets.map(([id, st]) => target(id, st)) };
          const list = checks.map(([id, specs]) => checkOf(id, specs));
          expect(evaluateSnapshot(snapshot, list)).toEqual(reference(snapshot, list));
        },
      ),
      { numRuns: 400 },
    );
  });
});
