import { describe, expect, it } from 'vitest';
import { table } from './text-writers.js';
import { fixtureReport } from './fixture-report.js';
import { fx, ztaudit } from '../cli/helpers.js';

describe('the essential first', () => {
  it('starts with targets and their status, open failures, overall score, stage and coverage', () => {
    const report = fixtureReport();
    const lines = table(report, { color: false, width: 200 }).split('\n');
    const s = report.score;
    expect(lines.slice(0, 6)).toEqual([
      'Targets: 3 (2 ok, 1 unreachable)',
      'kubernetes:prod ok',
      'linux:web1 ok',
      'linux:db1 unreachable: connect ECONNREFUSED',
      'Open failures: critical 1, high 2, medium 1, low 1; accepted risks 1; could not assess 4',
      `Overall score: ${s.overall!.toFixed(1)}; stage ${s.stage}; coverage ${s.coverage!.toFixed(1)}%`,
    ]);
    // then the findings by pillar, then the scores, then the exit status
    const text = lines.join('\n');
    expect(text.indexOf('identity: ')).toBeLessThan(text.indexOf('Scores ('));
    expect(text.indexOf('Scores (')).toBeLessThan(text.indexOf('Gate: failed'));
  });

  it('many targets are counted; only the lost ones are listed', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ id: `linux:h${i}`, kind: 'linux' as const, name: `h${i}`, status: 'ok' as const, durationMs: 1 }));
    const targets = [...many, { id: 'linux:gone', kind: 'linux' as const, name: 'gone', status: 'unreachable' as const, error: 'timed out after 60s', durationMs: 1 }];
    const lines = table(fixtureReport({ targets, results: [] }), { color: false }).split('\n');
    expect(lines.slice(0, 3)).toEqual(['Targets: 13 (12 ok, 1 unreachable)', 'linux:gone unreachable: timed out after 60s', expect.stringMatching(/^Open failures: /)]);
  });

  it('summaryOnly (scan -q) prints the header and the exit status, no tables', () => {
    const text = table(fixtureReport(), { color: false, summaryOnly: true });
    expect(text).not.toContain('│');
    expect(text).toContain('linux:db1 unreachable: connect ECONNREFUSED');
    expect(text.trimEnd().split('\n').slice(-2)).toEqual(['Incomplete: 1 target unreachable', 'Gate: failed: 1 critical finding at or above --fail-on high']);
    const r = ztaudit(['scan', '--root', fx('linux', 'weak-root'), '-q']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Targets: 1 \(1 ok\)\n.*weak-root ok\nOpen failures: critical 3, high \d+, medium \d+, low \d+; accepted risks 0; could not assess 0\nOverall score: [\d.]+; stage \w+; coverage 100\.0%\n\nGate: passed\n$/);
  });
});

describe('withPasses (scan -v)', () => {
  it('lists passes after what needs doing; without it they are only counted', () => {
    expect(table(fixtureReport(), { color: false, width: 200 })).not.toContain('Deployment/shop/api');
    const text = table(fixtureReport(), { color: false, width: 200, withPasses: true });
    expect(text).toContain('Deployment/shop/api');
    expect(text.indexOf('│ fail ')).toBeLessThan(text.indexOf('│ pass '));
  });
});
