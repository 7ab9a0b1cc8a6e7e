import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PILLARS } from '../../src/engine/types.js';
import { computeScore } from '../../src/scoring/score.js';
import { FORMULA_VERSION } from '../../src/scoring/types.js';
import { check, many, res } from './helpers.js';

describe('computeScore: no evidence is never a score', () => {
  it('no results at all: every pillar and the overall are null, not 100', () => {
    const s = computeScore([], [check('a', 'high')]);
    expect(s.formulaVersion).toBe(FORMULA_VERSION);
    expect(s).toMatchObject({ overall: null, stage: null, coverage: null });
    for (const p of PILLARS) expect(s.pillars[p]).toEqual({ score: null, stage: null, coverage: null, pass: 0, fail: 0, warn: 0, error: 0, notApplicable: 0 });
  });

  it('a pillar with only not_applicable results is null (and others are unaffected)', () => {
    const a = check('a', 'critical', 'data');
    const b = check('b', 'high', 'identity');
    const s = computeScore([res(a, 'not_applicable'), res(b, 'pass')], [a, b]);
    expect(s.pillars.data).toEqual({ score: null, stage: null, coverage: null, pass: 0, fail: 0, warn: 0, error: 0, notApplicable: 1 });
    expect(s.pillars.identity).toMatchObject({ score: 100, stage: 'optimal', coverage: 100 });
    expect(s.pillars.networks.score).toBeNull();
  });

  it('a pillar whose results are all errors has score null, stage null and coverage 0', () => {
    const a = check('a', 'high', 'devices');
    const s = computeScore([res(a, 'error'), res(a, 'error', { target: 'linux:b' })], [a]);
    expect(s.pillars.devices).toEqual({ score: null, stage: null, coverage: 0, pass: 0, fail: 0, warn: 0, error: 2, notApplicable: 0 });
    expect(s).toMatchObject({ overall: null, stage: null, coverage: 0 });
  });
});

describe('computeScore: not_applicable is never a pass', () => {
  const high = check('high', 'high');
  const crit = check('crit', 'critical');
  it('a failing check beside a not_applicable one scores 0, not 58.8', () => {
    const s = computeScore([res(high, 'fail'), res(crit, 'not_applicable')], [high, crit]);
    expect(s.pillars.identity).toMatchObject({ score: 0, coverage: 100, stage: 'traditional', fail: 1, notApplicable: 1 });
  });
  it('not_applicable leaves score and coverage exactly as without it', () => {
    const base = computeScore([res(high, 'pass'), res(crit, 'fail')], [high, crit]);
    const withNa = computeScore([res(high, 'pass'), res(crit, 'fail'), res(crit, 'not_applicable', { target: 'linux:b' })], [high, crit]);
    expect(base.pillars.identity).toMatchObject({ score: 41.2, coverage: 100 });
    expect(withNa.pillars.identity).toMatchObject({ score: 41.2, coverage: 100, notApplicable: 1 });
    expect(withNa.overall).toBe(41.2);
  });
});

describe('computeScore: errors lower coverage, never raise the score', () => {
  const high = check('high', 'high');
  const crit = check('crit', 'critical');
  it('an errored critical check is left out of the score and takes the coverage below 50%: stage null', () => {
    const s = computeScore([res(high, 'pass'), res(crit, 'error')], [high, crit]);
    // score over assessed weight only (7 of 17): 100, but coverage 41.2% => insufficient evidence
    expect(s.pillars.identity).toMatchObject({ score: 100, coverage: 41.2, stage: null, error: 1 });
    expect(s).toMatchObject({ overall: 100, coverage: 41.2, stage: null });
  });
  it('an error next to a failure does not earn credit', () => {
    const s = computeScore([res(high, 'fail'), res(crit, 'error')], [high, crit]);
    expect(s.pillars.identity).toMatchObject({ score: 0, coverage: 41.2, stage: null });
  });
  it('errored resources of one check lower its assessed weight, not its credit', () => {
    const other = check('other', 'medium');
    const results = [res(high, 'pass', { resource: 'r1' }), res(high, 'error', { resource: 'r2' }), res(high, 'error', { resource: 'r3' }), res(other, 'fail')];
    const s = computeScore(results, [high, other]);
    // high: assessed 7 × 1/3 = 2.333.., earned 2.333..; other: assessed 4, earned 0
    expect(s.pillars.identity).toMatchObject({ score: 36.8, coverage: 57.6, stage: 'traditional' });
  });
});

describe('computeScore: stages', () => {
  it('one critical failure caps the stage at initial however much else passes', () => {
    const crit = check('crit', 'critical', 'networks');
    const highs = many('h', 20, 'high', 'networks');
    const s = computeScore([res(crit, 'fail'), ...highs.map((c) => res(c, 'pass'))], [crit, ...highs]);
    // 140 of 150 = 93.3% earned, full coverage, but a critical failure: no advanced, no optimal
    expect(s.pillars.networks).toMatchObject({ score: 93.3, coverage: 100, stage: 'initial', fail: 1, pass: 20 });
    expect(s.stage).toBe('initial');
  });
  it('an accepted-risk (excepted) critical failure still caps the stage and still scores 0', () => {
    const crit = check('crit', 'critical', 'networks');
    const highs = many('h', 20, 'high', 'networks');
    const s = computeScore([res(crit, 'fail', { excepted: true }), ...highs.map((c) => res(c, 'pass'))], [crit, ...highs]);
    expect(s.pillars.networks).toMatchObject({ score: 93.3, stage: 'initial' });
  });
  it('one high failure blocks optimal but allows advanced', () => {
    const high = check('high', 'high', 'data');
    const crits = many('c', 10, 'critical', 'data');
    const s = computeScore([res(high, 'fail'), ...crits.map((c) => res(c, 'pass'))], [high, ...crits]);
    expect(s.pillars.data).toMatchObject({ score: 93.5, coverage: 100, stage: 'advanced' });
  });
  it('all passing with full coverage is optimal', () => {
    const cs = [check('a', 'critical', 'devices', 'initial'), check('b', 'low', 'devices', 'optimal')];
    const s = computeScore(cs.map((c) => res(c, 'pass')), cs);
    expect(s.pillars.devices).toMatchObject({ score: 100, coverage: 100, stage: 'optimal' });
  });
  it('advanced needs coverage ≥ 70% and optimal ≥ 90%', () => {
    const pass = check('pass', 'high');
    const med = check('med', 'medium');
    const low = check('low', 'low');
    const crit = check('crit', 'critical');
    expect(computeScore([res(pass, 'pass'), res(med, 'error'), res(low, 'error')], [pass, med, low]).pillars.identity).toMatchObject({
      score: 100,
      coverage: 58.3,
      stage: 'initial',
    });
    expect(computeScore([res(pass, 'pass'), res(low, 'error')], [pass, low]).pillars.identity).toMatchObject({ score: 100, coverage: 87.5, stage: 'advanced' });
    expect(computeScore([res(crit, 'pass'), res(low, 'error')], [crit, low]).pillars.identity).toMatchObject({ score: 100, coverage: 90.9, stage: 'optimal' });
  });
  it('a stage needs 80% of the weight tagged at or below it', () => {
    const init = check('init', 'high', 'identity', 'initial');
    const adv = check('adv', 'high', 'identity', 'advanced');
    // initial: 7/7; advanced: 7/14 = 50% < 80%
    expect(computeScore([res(init, 'pass'), res(adv, 'fail')], [init, adv]).pillars.identity).toMatchObject({ score: 50, stage: 'initial' });
    // initial: 0/7 => traditional, even though the advanced check passes
    expect(computeScore([res(init, 'fail'), res(adv, 'pass')], [init, adv]).pillars.identity).toMatchObject({ score: 50, stage: 'traditional' });
  });
  it('checks tagged only at a higher stage evidence the lower ones, never vacuously', () => {
    const advs = many('a', 2, 'medium', 'identity', 'advanced');
    expect(computeScore(advs.map((c) => res(c, 'pass')), advs).pillars.identity.stage).toBe('optimal');
    const opts = many('o', 2, 'medium', 'identity', 'optimal');
    expect(computeScore(opts.map((c) => res(c, 'fail')), opts).pillars.identity).toMatchObject({ score: 0, stage: 'traditional' });
  });
});

describe('computeScore: weights', () => {
  it('many low passes do not hide a critical failure', () => {
    const lows = many('l', 30, 'low');
    const crit = check('crit', 'critical');
    const s = computeScore([...lows.map((c) => res(c, 'pass')), res(crit, 'fail')], [...lows, crit]);
    // by count it would be 30/31 = 96.8; by weight 30/40
    expect(s.pillars.identity).toMatchObject({ score: 75, stage: 'traditional', pass: 30, fail: 1 });
    expect(s.overall).toBe(75);
  });
  it('a noisy check over 1,000 resources weighs as one check per target', () => {
    const noisy = check('noisy', 'medium', 'applications_workloads');
    const quiet = check('quiet', 'medium', 'applications_workloads');
    const results = [
      ...Array.from({ length: 1000 }, (_, i) => res(noisy, i < 250 ? 'pass' : 'fail', { resource: `pod-${i}` })),
      res(quiet, 'pass'),
    ];
    const s = computeScore(results, [noisy, quiet]);
    // noisy earns 250/1000 of its weight 4, quiet 4 of 4: 5/8; by count it would be 251/1001 = 25.1
    expect(s.pillars.applications_workloads).toMatchObject({ score: 62.5, coverage: 100, pass: 251, fail: 750 });
  });
  it("a check's weight counts once per target", () => {
    const a = check('a', 'high');
    const b = check('b', 'critical');
    const s = computeScore([res(a, 'pass', { target: 't1' }), res(a, 'fail', { target: 't2' }), res(b, 'pass', { target: 't1' })], [a, b]);
    expect(s.pillars.identity.score).toBe(70.8); // (7 + 0 + 10) / 24
  });
  it('warn earns 0.5, or its measured credit; an excepted result earns 0', () => {
    const a = check('a', 'medium');
    const b = check('b', 'medium');
    expect(computeScore([res(a, 'warn'), res(b, 'pass')], [a, b]).pillars.identity.score).toBe(75);
    expect(computeScore([res(a, 'warn', { credit: 0.25 }), res(b, 'pass')], [a, b]).pillars.identity.score).toBe(62.5);
    expect(computeScore([res(a, 'fail', { excepted: true }), res(b, 'pass')], [a, b]).pillars.identity.score).toBe(50);
    expect(computeScore([res(a, 'warn', { excepted: true }), res(b, 'pass')], [a, b]).pillars.identity.score).toBe(50);
  });
  it('results of checks the report does not describe are ignored', () => {
    const a = check('a', 'medium');
    const s = computeScore([res(a, 'pass'), res(check('ghost', 'critical'), 'fail')], [a]);
    expect(s.pillars.identity).toMatchObject({ score: 100, pass: 1, fail: 0 });
  });
});

describe('computeScore: overall', () => {
  it('is the pillar scores weighted by assessed weight; stage is the lowest pillar stage', () => {
    const id = check('id', 'critical', 'identity');
    const net = check('net', 'high', 'networks');
    const s = computeScore([res(id, 'pass'), res(net, 'fail')], [id, net]);
    expect(s.pillars.identity).toMatchObject({ score: 100, stage: 'optimal' });
    expect(s.pillars.networks).toMatchObject({ score: 0, stage: 'traditional' });
    expect(s).toMatchObject({ overall: 58.8, stage: 'traditional', coverage: 100 });
  });
  it('the overall stage is capped by overall coverage: unassessed pillars leave no vacuous optimal', () => {
    const id = check('id', 'critical', 'identity');
    const net = check('net', 'high', 'networks');
    const s = computeScore([res(id, 'pass'), res(net, 'error')], [id, net]);
    expect(s.pillars.identity.stage).toBe('optimal');
    expect(s.pillars.networks).toMatchObject({ score: null, stage: null, coverage: 0 });
    // coverage 10/17 = 58.8%: at most initial
    expect(s).toMatchObject({ overall: 100, coverage: 58.8, stage: 'initial' });
  });
});

describe('computeScore: properties', () => {
  const cs = [check('a', 'critical', 'identity'), check('b', 'high', 'networks'), check('c', 'medium', 'identity'), check('d', 'low', 'data')];
  const arbResults = fc.array(
    fc.record({ c: fc.integer({ min: 0, max: 3 }), status: fc.constantFrom('pass', 'fail', 'warn', 'error', 'not_applicable' as const), t: fc.integer({ min: 0, max: 2 }), r: fc.integer({ min: 0, max: 5 }) }),
    { maxLength: 40 },
  );
  const build = (xs: { c: number; status: 'pass' | 'fail' | 'warn' | 'error' | 'not_applicable'; t: number; r: number }[]) =>
    xs.map((x) => res(cs[x.c]!, x.status, { target: `t${x.t}`, resource: `r${x.r}` }));

  it('scores and coverages stay within 0..100, one decimal', () => {
    fc.assert(
      fc.property(arbResults, (xs) => {
        const s = computeScore(build(xs), cs);
        for (const v of [s.overall, s.coverage, ...PILLARS.flatMap((p) => [s.pillars[p].score, s.pillars[p].coverage])]) {
          if (v === null) continue;
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(100);
          expect(Math.round(v * 10) / 10).toBe(v);
        }
      }),
    );
  });
  it('adding not_applicable results changes nothing but the notApplicable counts', () => {
    fc.assert(
      fc.property(arbResults, fc.integer({ min: 0, max: 3 }), (xs, c) => {
        const before = computeScore(build(xs), cs);
        const after = computeScore([...build(xs), res(cs[c]!, 'not_applicable', { target: 'fresh' })], cs);
        expect(after.overall).toBe(before.overall);
        expect(after.coverage).toBe(before.coverage);
        expect(after.stage).toBe(before.stage);
      }),
    );
  });
  it('turning a pass into an error never raises coverage', () => {
    fc.assert(
      fc.property(arbResults, (xs) => {
        const i = xs.findIndex((x) => x.status === 'pass');
        if (i < 0) return;
        const changed = xs.map((x, j) => (j === i ? { ...x, status: 'error' as const } : x));
        const a = computeScore(build(xs), cs).coverage ?? 0;
        const b = computeScore(build(changed), cs).coverage ?? 0;
        expect(b).toBeLessThanOrEqual(a);
      }),
    );
  });
});
