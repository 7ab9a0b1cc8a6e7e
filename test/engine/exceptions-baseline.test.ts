import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/engine/types.js';
import { applyBaseline, parseBaseline } from '../../src/report/baseline.js';
import { applyExceptions, loadExceptions, parseExceptions } from '../../src/report/exceptions.js';
import { runScan } from '../../src/scan/pipeline.js';
import { loadSnapshot } from '../../src/engine/snapshot.js';
import { fixture, fixturePack } from './helpers.js';
import { loadsOrOneLineUsage } from '../helpers/usage-errors.js';

// a real report (valid against schema/report.schema.json) whose results each test replaces
const shell = await (async () => {
  const { report } = await runScan({ targets: [], facts: loadSnapshot(fixture('facts', 'basic.json')), catalogue: await fixturePack(), version: '0.1.0' });
  return report;
})();

const result = (over: Partial<Result> = {}): Result => ({
  checkId: 'k8s.pod.privileged',
  targetId: 'kubernetes:prod',
  resource: { kind: 'Deployment', namespace: 'payments', name: 'api' },
  status: 'fail',
  severity: 'high',
  message: 'm',
  fingerprint: 'f1f1f1f1f1f1f1f1',
  ...over,
});

describe('exceptions file', () => {
  it('parses a list, with an unquoted date', () => {
    expect(parseExceptions('- check: "k8s.*"\n  resource: Deployment/payments/*\n  reason: vendor image\n  expires: 2026-06-30\n', 'e.yaml')).toEqual([
      { check: 'k8s.*', resource: 'Deployment/payments/*', reason: 'vendor image', expires: '2026-06-30' },
    ]);
    expect(parseExceptions('exceptions:\n  - {check: a, reason: b}\n', 'e.yaml')).toEqual([{ check: 'a', reason: 'b' }]);
    expect(parseExceptions('', 'e.yaml')).toEqual([]);
  });

  it.each([
    ['- check: a\n', 'entry 1: "reason" is required'],
    ['- reason: r\n', 'entry 1: "check" is required'],
    ['- {check: a, reason: r, expires: 2026-02-30}\n', '"expires" must be a date YYYY-MM-DD'],
    ['- {check: a, reason: r, expires: tomorrow}\n', '"expires" must be a date YYYY-MM-DD'],
    ['- {check: a, reason: r, why: x}\n', 'unknown field "why"'],
    ['check: a\n', 'expected a list of exceptions'],
    ['- [a]\n', 'entry 1: must be a mapping'],
    ['- {check: a\n', 'invalid YAML'],
  ])('refuses %j', (text, msg) => {
    expect(() => parseExceptions(text, 'e.yaml')).toThrow(msg);
  });

  it('an unreadable file is a usage error', () => {
    expect(() => loadExceptions('/nonexistent/e.yaml')).toThrow('cannot read exceptions /nonexistent/e.yaml: ENOENT');
  });

  it('arbitrary text ends in a rule list or one UsageError', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => (loadsOrOneLineUsage(() => parseExceptions(s, 'e')), true)), { numRuns: 300 });
  });

  it('arbitrary JSON-shaped YAML ends in a rule list or one UsageError', () => {
    const entry = fc.record({ check: fc.jsonValue(), reason: fc.jsonValue(), target: fc.jsonValue(), resource: fc.jsonValue(), expires: fc.jsonValue() }, { requiredKeys: [] });
    fc.assert(fc.property(fc.oneof(fc.array(entry), fc.jsonValue()), (v) => (loadsOrOneLineUsage(() => parseExceptions(JSON.stringify(v), 'e')), true)), { numRuns: 300 });
  });
});

describe('applyExceptions', () => {
  const today = '2026-03-01';
  it.each([
    [{ check: 'k8s.pod.*', reason: 'r' }, true],
    [{ check: 'k8s.*', target: 'kubernetes:*', reason: 'r' }, true],
    [{ check: '*', resource: 'Deployment/payments/*', reason: 'r' }, true],
    [{ check: '*', resource: 'Deployment/**', reason: 'r' }, true],
    [{ check: '*', resource: 'Deployment/other/*', reason: 'r' }, false],
    [{ check: 'linux.*', reason: 'r' }, false],
    [{ check: '*', target: 'kubernetes:staging', reason: 'r' }, false],
    [{ check: '*', reason: 'r', expires: '2026-03-01' }, true],
    [{ check: '*', reason: 'r', expires: '2026-02-28' }, false],
  ])('%j matches: %s', (rule, hit) => {
    const { results } = applyExceptions([result()], [rule], today);
    expect(results[0]!.exception !== undefined).toBe(hit);
  });

  it('matches cluster-scoped resources as kind/name and never excepts passes', () => {
    const r = result({ resource: { kind: 'ClusterRole', name: 'admin' } });
    expect(applyExceptions([r], [{ check: '*', resource: 'ClusterRole/admin', reason: 'x' }], today).results[0]!.exception?.pattern).toBe('* * ClusterRole/admin');
    expect(applyExceptions([result({ status: 'pass' })], [{ check: '*', reason: 'x' }], today).results[0]!.exception).toBeUndefined();
  });
});

describe('baseline', () => {
  const report = (results: unknown[]) => JSON.stringify({ ...shell, results });

  it('marks new and unchanged by fingerprint and status, counts fixed failures as absent', () => {
    const base = parseBaseline(report([result(), result({ fingerprint: 'f2f2f2f2f2f2f2f2' }), result({ fingerprint: 'f3f3f3f3f3f3f3f3', status: 'pass' })]), 'b.json');
    const now = [result(), result({ fingerprint: 'f2f2f2f2f2f2f2f2', status: 'pass' }), result({ fingerprint: 'f3f3f3f3f3f3f3f3' }), result({ fingerprint: 'f4f4f4f4f4f4f4f4' })];
    const { results, absent } = applyBaseline(now, base);
    expect(results.map((r) => r.baselineState)).toEqual(['unchanged', 'new', 'new', 'new']);
    expect(absent).toBe(1);
  });

  it.each([
    ['{', 'malformed JSON'],
    ['[]', 'not a ztaudit JSON report'],
    [JSON.stringify({ ...shell, tool: { name: 'trivy', version: '1' } }), 'tool.name must be "ztaudit"'],
    [JSON.stringify({ ...shell, score: 5 }), 'not a valid ztaudit JSON report: /score'],
    [report([{ checkId: 'a', status: 'fail' }]), 'not a valid ztaudit JSON report: /results/0'],
    [report([{ checkId: 'a', status: 'bad', fingerprint: 'x' }]), 'not a valid ztaudit JSON report: /results/0'],
  ])('refuses %s', (text, msg) => {
    expect(() => parseBaseline(text, 'b.json')).toThrow(msg);
  });

  it('arbitrary text or JSON ends in entries or one UsageError', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (s) => (loadsOrOneLineUsage(() => parseBaseline(s, 'b')), true)), { numRuns: 300 });
    const res = fc.record({ checkId: fc.jsonValue(), status: fc.oneof(fc.constantFrom('pass', 'fail'), fc.jsonValue()), fingerprint: fc.oneof(fc.string(), fc.jsonValue()) }, { requiredKeys: [] });
    fc.assert(fc.property(fc.array(res, { maxLength: 5 }), (rs) => (loadsOrOneLineUsage(() => parseBaseline(report(rs), 'b')), true)), { numRuns: 300 });
  });
});
