// sortFindings is the stable sort by compareFindings, however it gets there (issue 9: split by
// rank, labels computed once): the same order for any findings, foreign statuses and severities too.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/engine/types.js';
import { compareFindings, sortFindings } from '../../src/report/order.js';

const finding = fc.record({
  checkId: fc.constantFrom('c.b', 'c.a', 'c.c'),
  targetId: fc.constantFrom('t1', 't0'),
  status: fc.constantFrom('fail', 'error', 'warn', 'pass', 'not_applicable', 'odd'),
  severity: fc.constantFrom('critical', 'high', 'medium', 'low', 'odd'),
  message: fc.constantFrom('m1', 'm2'),
  fingerprint: fc.constantFrom('f1', 'f2', 'f3'),
  resource: fc.option(fc.record({ kind: fc.constantFrom('Pod', 'file'), namespace: fc.option(fc.constantFrom('a', 'a-b', 'a/b'), { nil: undefined }), name: fc.constantFrom('x', '/etc/x', 'b/x') }), { nil: undefined }),
  exception: fc.option(fc.constant({ reason: 'accepted', pattern: '*' }), { nil: undefined }),
});

describe('sortFindings', () => {
  it('orders as a stable sort by compareFindings', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 60 }), fc.boolean(), (list, known) => {
        const results = (known ? list.filter((r) => r.status !== 'odd' && r.severity !== 'odd') : list).map((r) => {
          const out = { ...r } as Record<string, unknown>;
          for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
          return out as unknown as Result;
        });
        // by identity: equal findings must keep their order too (the sort is stable)
        const at = (sorted: Result[]): number[] => sorted.map((r) => results.indexOf(r));
        expect(at(sortFindings(results))).toEqual(at([...results].sort(compareFindings)));
      }),
      { numRuns: 500 },
    );
  });
});
