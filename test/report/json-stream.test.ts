// The streamed JSON is JSON.stringify(value, null, 2) byte for byte, for any JSON value and for
// the shapes that are walked (long arrays, objects holding them, undefined members and elements).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/report/json-stream.js';

const streamed = (v: unknown): string => [...jsonChunks(v)].join('');

describe('jsonChunks', () => {
  it('equals JSON.stringify(v, null, 2) for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => streamed(v) === JSON.stringify(v, null, 2)), { numRuns: 500 });
  });

  it('equals it for long arrays at any depth, with undefined members and elements', () => {
    const long = (n: number, f: (i: number) => unknown): unknown[] => Array.from({ length: n }, (_, i) => f(i));
    const value = {
      a: undefined,
      results: long(200, (i) => ({ id: i, msg: `line\nbreak "${i}"`, nested: { deep: [i, null, 'x'] }, skip: undefined })),
      empty: [],
      emptyObject: {},
      analyses: { blast: { 't:1': { workloads: long(100, (i) => ({ w: `w${i}`, targets: long(i % 3, (j) => ({ dst: j })) })), diagnostics: [] } } },
      holes: long(70, (i) => (i % 7 === 0 ? undefined : i % 5 === 0 ? () => i : i)),
      long: long(65, (i) => long(i % 4, (j) => j)),
    };
    expect(streamed(value)).toBe(JSON.stringify(value, null, 2));
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { minLength: 64, maxLength: 80 }), fc.jsonValue(), (arr, other) => {
        const v = { other, arr, inner: { arr, more: [arr] } };
        return streamed(v) === JSON.stringify(v, null, 2);
      }),
      { numRuns: 50 },
    );
  });

  it('yields a long array in many bounded chunks, not one string', () => {
    const v = { results: Array.from({ length: 5000 }, (_, i) => ({ i, text: 'x'.repeat(i % 50) })) };
    const chunks = [...jsonChunks(v)];
    expect(chunks.length).toBeGreaterThanOrEqual(10); // batches of 512 elements
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(100_000);
    expect(chunks.join('')).toBe(JSON.stringify(v, null, 2));
  });

  it('gives the same bytes for arrays named flat (batched unlooked), whatever they hold', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { minLength: 0, maxLength: 1100 }), fc.jsonValue(), (arr, other) => {
        const v = { other, runs: [{ results: arr, more: [arr] }] };
        return [...jsonChunks(v, '', 8, new Set([arr]))].join('') === JSON.stringify(v, null, 2);
      }),
      { numRuns: 50 },
    );
  });

  it('walks a short array that holds a long one (a SARIF log: runs[0].results)', () => {
    const v = { runs: [{ results: Array.from({ length: 2000 }, (_, i) => ({ i, locations: [{ line: i }] })) }] };
    const chunks = [...jsonChunks(v)];
    expect(chunks.length).toBeGreaterThanOrEqual(4);
    expect(chunks.join('')).toBe(JSON.stringify(v, null, 2));
  });
});
