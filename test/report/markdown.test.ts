// The Markdown report is for pull-request comments: the summary first, a collapsible <details>
// per pillar, and never over GitHub's 65,536-character comment limit (saying what it left out).
import { describe, expect, it } from 'vitest';
import { GITHUB_COMMENT_LIMIT } from '../../src/report/markdown.js';
import { markdown } from './text-writers.js';
import { bigReport, fixtureReport } from './fixture-report.js';

describe('markdown', () => {
  it('puts the summary table first, then scores, lost targets, and one <details> per pillar with findings', () => {
    const md = markdown(fixtureReport(), { color: false });
    const at = (s: string): number => md.indexOf(s);
    expect(md.split('\n').slice(0, 8)).toEqual([
      '# ztaudit report',
      '',
      '**Incomplete: 1 target unreachable**  ',
      '**Gate: failed: 1 critical finding at or above --fail-on high**  ',
      '',
      '| Targets | Overall score | Stage | Coverage | Open failures (critical / high / medium / low) | Could not assess | Accepted risks |',
      '|---|---:|---|---:|---|---:|---:|',
      expect.stringMatching(/^\| 3 \(2 ok, 1 unreachable\) \| \*\*[\d.]+\*\* \| \w+ \| [\d.]+% \| 1 \/ 2 \/ 1 \/ 1 \| 4 \| 1 \|$/),
    ]);
    expect(at('- linux:db1 unreachable: connect ECONNREFUSED')).toBeGreaterThan(0);
    expect(at('<details><summary>Scores by pillar</summary>')).toBeLessThan(at('## Findings'));
    expect([...md.matchAll(/<details><summary><b>(\w+)<\/b>: (.*)<\/summary>/g)].map((m) => `${m[1]}: ${m[2]}`)).toEqual([
      'identity: 2 fail, 0 error, 0 warn',
      'devices: 0 fail, 1 error, 0 warn',
      'networks: 1 fail, 0 error, 1 warn',
      'applications_workloads: 2 fail, 0 error, 0 warn',
      'visibility_analytics: 1 fail, 0 error, 0 warn',
    ]);
    expect(md.match(/<details>/g)!.length).toBe(md.match(/<\/details>/g)!.length);
    // an unreachable target is its line, not an error row per check
    expect(md).not.toContain('target unreachable: connect ECONNREFUSED');
    // the file and line of a manifest finding
    expect(md).toContain('ClusterRoleBinding/ci-admin at manifests/rbac.yaml:12');
    expect(md).not.toContain('left out');
  });

  it(`stays under ${GITHUB_COMMENT_LIMIT} characters with 100,000 results, keeps the most urgent, and says what it left out`, () => {
    const report = bigReport(10_000, 10);
    const t0 = Date.now();
    const md = markdown(report, { color: false });
    const ms = Date.now() - t0;
    expect(md.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(md.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT * 0.8);
    const lost = new Set(report.targets.filter((t) => t.status !== 'ok').map((t) => t.id));
    // an error on a lost target is that target's line, not a row
    const attention = report.results.filter((r) => (r.status === 'fail' || r.status === 'warn' || r.status === 'error') && !(r.status === 'error' && lost.has(r.targetId)));
    const shown = md.split('\n').filter((l) => /^\| (fail|error|warn)/.test(l));
    const m = /\*\*(\d+) of (\d+) findings left out\*\* to stay under GitHub's 65,536-character comment limit/.exec(md);
    expect(m).not.toBeNull();
    expect(Number(m![2])).toBe(attention.length);
    expect(Number(m![1])).toBe(attention.length - shown.length);
    // the most urgent first: every open failure shown is critical or high before any medium is
    expect(shown[0]).toMatch(/^\| fail \| critical \|/);
    expect(md).toMatch(/_\d+ more in this pillar left out to stay under the comment limit\._/);
    expect(lost.size).toBe(11);
    expect(md).toContain('- linux:host-09970 unreachable: connect ETIMEDOUT');
    expect(ms).toBeLessThan(10_000);
  });

  it('honours a smaller limit too', () => {
    const md = markdown(bigReport(100, 10), { color: false, limit: 8_000 } as Parameters<typeof markdown>[1]);
    expect(md.length).toBeLessThanOrEqual(8_000);
    expect(md).toContain('findings left out');
  });
});
