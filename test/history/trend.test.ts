// The trend as `ztaudit trend` prints it and as the HTML writer receives it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderTrend, sparkline, trendPoints } from '../../src/history/trend.js';
import type { ScanRecord } from '../../src/history/record.js';
import { scanRecord } from '../../src/history/record.js';
import { writers } from '../../src/report/index.js';
import { emitReport } from '../../src/report/output.js';
import type { TrendPoint } from '../../src/report/trend.js';
import { fixtureReport } from '../report/fixture-report.js';

const tmp = mkdtempSync(join(tmpdir(), 'ztaudit-trend-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const point = (at: string, overall: number | null, identity: number | null): TrendPoint => ({
  at,
  scanId: at,
  overall,
  coverage: overall === null ? null : 90,
  pillars: { identity: { score: identity, coverage: identity === null ? null : 100 } },
});

describe('sparkline', () => {
  it('maps 0..100 onto eight bars on a fixed scale, a gap for no value', () => {
    expect(sparkline([0, 12.5, 25, 37.5, 50, 62.5, 75, 87.5, 100, null])).toBe('▁▂▃▄▅▆▇██ ');
  });
});

describe('renderTrend', () => {
  it('prints a score and a coverage sparkline per row with the latest values', () => {
    const text = renderTrend([point('2026-11-01T02:30:00.000Z', 40, null), point('2026-11-02T02:30:00.000Z', 55.25, 80), point('2026-11-03T02:30:00.000Z', 70, 100)], ['identity']);
    expect(text).toBe(
      [
        '3 scans, 2026-11-01 to 2026-11-03',
        '          score    last  coverage    last',
        'overall   ▄▅▆        70  ███       90%',
        'identity   ▇█       100   ██      100%',
        '',
      ].join('\n'),
    );
    expect(renderTrend([], ['identity'])).toBe('no scans recorded in this period\n');
  });
});

describe('trendPoints', () => {
  it('takes each scan’s start, id, overall and the asked pillars from the records', () => {
    const rec = scanRecord(fixtureReport());
    const points = trendPoints([rec as ScanRecord], ['identity', 'data']);
    expect(points).toEqual([
      {
        at: rec.startedAt,
        scanId: rec.id,
        overall: rec.overall,
        coverage: rec.coverage,
        pillars: { identity: { score: rec.pillars.identity.score, coverage: rec.pillars.identity.coverage }, data: { score: rec.pillars.data.score, coverage: rec.pillars.data.coverage } },
      },
    ]);
  });

  it('reach the HTML writer as its trend option', async () => {
    const trend = [point('2026-11-01T02:30:00.000Z', 40, 50)];
    const html = writers.html;
    // the HTML writer's own rendering of the chart is tested with it; here only that it gets the points
    writers.html = (_report, opts) => JSON.stringify(opts.trend);
    try {
      await emitReport(fixtureReport(), ['html'], { output: join(tmp, 'r.html'), trend });
    } finally {
      writers.html = html;
    }
    expect(JSON.parse(readFileSync(join(tmp, 'r.html'), 'utf8'))).toEqual(trend);
  });
});
