import { describe, expect, it } from 'vitest';
import { selectChecks } from '../../src/engine/select.js';
import type { Result } from '../../src/engine/types.js';
import { evaluateGate } from '../../src/report/gate.js';
import type { ReportTarget } from '../../src/report/model.js';
import type { Score } from '../../src/scoring/types.js';
import { fixturePack } from './helpers.js';

describe('selectChecks', () => {
  it.each([
    [{ only: ['fixture.ssh.*', 'fixture.fw.enabled'] }, ['fixture.fw.enabled', 'fixture.ssh.root-login']],
    [{ skip: ['fixture.*.*-*'] }, ['fixture.audit.rules', 'fixture.fw.enabled']],
    [{ pillars: ['identity'] }, ['fixture.k8s.anonymous-auth', 'fixture.ssh.root-login']],
    [{ only: ['fixture.{fw,audit}.*'], pillars: ['networks'] }, ['fixture.fw.enabled']],
    [{ only: ['nothing.*'] }, []],
  ])('%j', async (sel, ids) => {
    expect(selectChecks(await fixturePack(), sel).map((c) => c.meta.id).sort()).toEqual(ids);
  });

  it('refuses an unknown literal id and an unknown pillar', async () => {
    const all = await fixturePack();
    expect(() => selectChecks(all, { only: ['fixture.ssh.root-logins'] })).toThrow('unknown check id fixture.ssh.root-logins');
    expect(() => selectChecks(all, { pillars: ['vibes'] })).toThrow(/^unknown pillar vibes/);
  });
});

const score = (overall: number | null, coverage: number | null): Score => ({ formulaVersion: 1, overall, stage: null, coverage, pillars: {} as Score['pillars'] });
const r = (over: Partial<Result>): Result => ({ checkId: 'c', targetId: 't', status: 'fail', severity: 'medium', message: '', fingerprint: 'f', ...over });
const target = (status: ReportTarget['status']): ReportTarget => ({ id: 't', kind: 'linux', name: 't', status, durationMs: 0 });

describe('evaluateGate', () => {
  it.each([
    ['critical', [r({ severity: 'high' })], 0],
    ['high', [r({ severity: 'high' })], 1],
    ['low', [r({ severity: 'high', exception: { reason: 'x', pattern: '*' } })], 0],
    ['low', [r({ status: 'warn' }), r({ status: 'error' })], 0],
  ] as const)('--fail-on %s', (failOn, results, code) => {
    expect(evaluateGate(results, [target('ok')], score(50, 100), { failOn }).exitCode).toBe(code);
  });

  it('with a baseline only new failures count', () => {
    const results = [r({ severity: 'critical', baselineState: 'unchanged' })];
    expect(evaluateGate(results, [], score(50, 100), { failOn: 'low', baseline: true }).exitCode).toBe(0);
    expect(evaluateGate([r({ baselineState: 'new' })], [], score(50, 100), { failOn: 'low', baseline: true }).exitCode).toBe(1);
  });

  it('incomplete is 3, a breach is 1 and wins', () => {
    // a partly collected target lowers coverage; it alone is not an incomplete scan
    expect(evaluateGate([], [target('partial')], score(90, 100), {})).toEqual({ exitCode: 0, gate: { passed: true, reasons: [] } });
    expect(evaluateGate([], [target('partial')], score(90, 60), { minCoverage: 80 }).exitCode).toBe(3);
    expect(evaluateGate([], [target('unreachable')], score(90, 100), {})).toEqual({ exitCode: 3, gate: { passed: false, reasons: ['target t unreachable'] } });
    expect(evaluateGate([], [target('ok')], score(90, 40), { minCoverage: 50 }).exitCode).toBe(3);
    const both = evaluateGate([], [target('unreachable')], score(40, 100), { minScore: 50 });
    expect(both.exitCode).toBe(1);
    expect(both.gate.reasons).toEqual(['overall score 40 is below --min-score 50', 'target t unreachable']);
    expect(evaluateGate([], [target('ok')], score(90, 100), { minScore: 90, minCoverage: 100 })).toEqual({ exitCode: 0, gate: { passed: true, reasons: [] } });
    // skipped: an interrupted scan never reached it, so the scan is incomplete
    expect(evaluateGate([], [target('ok'), target('skipped')], score(90, 100), {})).toEqual({ exitCode: 3, gate: { passed: false, reasons: ['target t skipped'] } });
  });
});

describe('sliceShard', () => {
  it('the N shards partition the targets, each stable under input order', async () => {
    const { sliceShard } = await import('../../src/scan/pipeline.js');
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 40 }), fc.integer({ min: 1, max: 7 }), (ids, count) => {
        const shards = Array.from({ length: count }, (_, i) => sliceShard(ids, (x) => x, { index: i + 1, count }));
        const all = shards.flat();
        expect([...all].sort()).toEqual([...ids].sort());
        expect(new Set(all).size).toBe(ids.length);
        const reversed = sliceShard([...ids].reverse(), (x) => x, { index: 1, count });
        expect(reversed).toEqual(shards[0]);
        return true;
      }),
    );
  });
});
