import { describe, expect, it } from 'vitest';
import { evaluateGate } from '../../src/report/gate.js';
import type { ReportTarget } from '../../src/report/model.js';
import { table } from './text-writers.js';
import { verdict } from '../../src/report/verdict.js';
import { computeScore } from '../../src/scoring/score.js';
import { fixtureChecks, fixtureReport, fixtureResults, fixtureTargets } from './fixture-report.js';

const ok = fixtureTargets.filter((t) => t.status === 'ok');
const lastLine = (text: string): string => text.trimEnd().split('\n').at(-1)!;

/** The fixture report with the gate the pipeline would compute for these targets and flags. */
function reportWith(targets: ReportTarget[], policy: Parameters<typeof evaluateGate>[3]) {
  const results = fixtureResults().filter((r) => targets.some((t) => t.id === r.targetId));
  const score = computeScore(results, fixtureChecks);
  const { gate, exitCode } = evaluateGate(results, targets, score, policy);
  return { report: fixtureReport({ targets, results, score, gate }), exitCode };
}

describe('words for the exit status', () => {
  it('exit 0: "Gate: passed", even with no gate asked for', () => {
    const { report, exitCode } = reportWith(ok, {});
    expect(exitCode).toBe(0);
    expect(verdict(report)).toEqual([{ text: 'Gate: passed', tone: 'passed' }]);
    expect(lastLine(table(report, { color: false }))).toBe('Gate: passed');
  });

  it('exit 1: how many findings at or above --fail-on, by severity', () => {
    const high = reportWith(ok, { failOn: 'high' });
    expect(high.exitCode).toBe(1);
    expect(lastLine(table(high.report, { color: false }))).toBe('Gate: failed: 3 findings at or above --fail-on high: 1 critical, 2 high');
    const critical = reportWith(ok, { failOn: 'critical' });
    expect(lastLine(table(critical.report, { color: false }))).toBe('Gate: failed: 1 critical finding at or above --fail-on critical');
    const score = reportWith(ok, { minScore: 99 });
    expect(lastLine(table(score.report, { color: false }))).toMatch(/^Gate: failed: overall score [\d.]+ is below --min-score 99$/);
  });

  it('exit 3: "Incomplete: 1 target unreachable (exit 3)", not "Gate: failed" when no gate was breached', () => {
    const { report, exitCode } = reportWith(fixtureTargets, {});
    expect(exitCode).toBe(3);
    const text = table(report, { color: false });
    expect(lastLine(text)).toBe('Incomplete: 1 target unreachable (exit 3)');
    expect(text).toContain('Gate: passed');
    expect(text).not.toContain('Gate: failed');
    const cov = reportWith(ok, { minCoverage: 100 });
    expect(cov.exitCode).toBe(3);
    expect(lastLine(table(cov.report, { color: false }))).toMatch(/^Incomplete: coverage [\d.]+% is below --min-coverage 100 \(exit 3\)$/);
  });

  it('a breach and an incomplete scan: exit 1, and the gate line comes last', () => {
    const { report, exitCode } = reportWith(fixtureTargets, { failOn: 'critical' });
    expect(exitCode).toBe(1);
    expect(verdict(report).map((v) => v.text)).toEqual(['Incomplete: 1 target unreachable', 'Gate: failed: 1 critical finding at or above --fail-on critical']);
  });
});
