import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/engine/errors.js';
import { loadSnapshot, parseSnapshot, validateSnapshot } from '../../src/engine/snapshot.js';
import { Ajv } from 'ajv';
import { fixture, repoRoot } from './helpers.js';
import { join } from 'node:path';

const schemaValid = new Ajv({ strict: false }).compile(JSON.parse(readFileSync(join(repoRoot, 'schema', 'facts.schema.json'), 'utf8')) as object);

const good = (): Record<string, unknown> => JSON.parse(readFileSync(fixture('facts', 'basic.json'), 'utf8')) as Record<string, unknown>;

/** Parse or reject: the only allowed failure is one UsageError line naming the file. */
function parseOrUsage(text: string): 'ok' | 'usage' {
  try {
    parseSnapshot(text, 'x.json');
    return 'ok';
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    expect(err.message.startsWith('facts x.json: ')).toBe(true);
    expect(err.message).not.toContain('\n');
    return 'usage';
  }
}

describe('facts snapshot loader', () => {
  it('round-trips a valid snapshot', () => {
    const snap = loadSnapshot(fixture('facts', 'basic.json'));
    expect(snap.targets.map((t) => t.target.id)).toEqual(['linux:web-1', 'linux:db-1', 'kubernetes:prod']);
    expect(snap.targets[1]!.facts['fixture.app']).toEqual({ ok: false, reason: 'app is not installed', notApplicable: true });
    expect(validateSnapshot(JSON.parse(JSON.stringify(snap)), 'y')).toEqual(snap);
  });

  it.each([
    ['not JSON', '{', /^facts x.json: malformed JSON/],
    ['an array', '[]', /expected a JSON object/],
    ['a report instead', '{"schemaVersion":"1","tool":{"name":"ztaudit"}}', /kind must be "ztaudit-facts"/],
    ['a future version', JSON.stringify({ ...good(), schemaVersion: '2' }), /unsupported schemaVersion "2"/],
    ['a bad kind', JSON.stringify({ ...good(), targets: [{ ...(good().targets as object[])[0], target: { id: 'a', kind: 'mainframe', name: 'a' } }] }), /targets\[0\]\.target\.kind/],
    ['a fact that is not an Outcome', JSON.stringify({ ...good(), targets: [{ ...(good().targets as object[])[0], facts: { a: 1 } }] }), /targets\[0\]\.facts\["a"\]: must be/],
    ['a failed fact with no reason', JSON.stringify({ ...good(), targets: [{ ...(good().targets as object[])[0], facts: { a: { ok: false } } }] }), /without a string "reason"/],
    ['duplicate targets', JSON.stringify({ ...good(), targets: [(good().targets as object[])[0], (good().targets as object[])[0]] }), /duplicate target linux:web-1/],
    ['a negative duration', JSON.stringify({ ...good(), targets: [{ ...(good().targets as object[])[0], durationMs: -1 }] }), /durationMs/],
  ])('rejects %s with one line', (_name, text, want) => {
    expect(() => parseSnapshot(text, 'x.json')).toThrow(want);
  });

  it('a missing file is a usage error', () => {
    expect(() => loadSnapshot('/nonexistent/facts.json')).toThrow('cannot read facts /nonexistent/facts.json: ENOENT');
  });

  it('keeps a fact named __proto__ as a plain key', () => {
    const text = JSON.stringify(good()).replace('"fixture.sshd"', '"__proto__"');
    const snap = parseSnapshot(text, 'x.json');
    expect(Object.keys(snap.targets[0]!.facts)).toContain('__proto__');
    expect(Object.getPrototypeOf(snap.targets[0]!.facts)).toBe(Object.prototype);
  });

  it('arbitrary text: a snapshot or one UsageError, never anything else', () => {
    fc.assert(fc.property(fc.string(), (s) => ['ok', 'usage'].includes(parseOrUsage(s))), { numRuns: 300 });
  });

  it('arbitrary JSON values: a snapshot or one UsageError', () => {
    fc.assert(fc.property(fc.json(), (s) => ['ok', 'usage'].includes(parseOrUsage(s))), { numRuns: 300 });
  });

  it('the shipped schema accepts the fixtures', () => {
    for (const f of ['basic.json', 'unreachable.json']) expect(schemaValid(JSON.parse(readFileSync(fixture('facts', f), 'utf8')))).toBe(true);
  });

  it('mutations of a valid snapshot: a snapshot or one UsageError, exactly when schema/facts.schema.json says so', () => {
    const base = good();
    const anyValue = fc.oneof(fc.jsonValue(), fc.constant(undefined));
    const path = fc.constantFrom('kind', 'schemaVersion', 'tool', 'collectedAt', 'targets', 't.target', 't.status', 't.facts', 't.durationMs', 't.error', 't.target.kind', 't.target.labels', 'f');
    fc.assert(
      fc.property(path, anyValue, (p, v) => {
        const doc = structuredClone(base) as Record<string, unknown> & { targets: Record<string, unknown>[] };
        const t = doc.targets[0]!;
        if (p.startsWith('t.target.')) (t.target as Record<string, unknown>)[p.slice(9)] = v;
        else if (p.startsWith('t.')) t[p.slice(2)] = v;
        else if (p === 'f') (t.facts as Record<string, unknown>)['fixture.sshd'] = v;
        else (doc as Record<string, unknown>)[p] = v;
        const text = JSON.stringify(doc);
        const verdict = parseOrUsage(text);
        expect(verdict === 'ok').toBe(schemaValid(JSON.parse(text)));
        return true;
      }),
      { numRuns: 400 },
    );
  });
});
