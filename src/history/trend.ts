// Recorded scans -> the trend the `trend` command prints and the HTML report draws.
import { PILLARS, type Pillar } from '../engine/types.js';
import type { TrendPoint } from '../report/trend.js';
import type { ScanRecord } from './record.js';

export function trendPoints(scans: readonly ScanRecord[], pillars: readonly Pillar[] = PILLARS): TrendPoint[] {
  return scans.map((s) => ({
    at: s.startedAt,
    scanId: s.id,
    overall: s.overall,
    coverage: s.coverage,
    pillars: Object.fromEntries(pillars.map((p) => [p, { score: s.pillars[p].score, coverage: s.pillars[p].coverage }])),
  }));
}

const BARS = '▁▂▃▄▅▆▇█';

/** One character per value on a fixed 0..100 scale (so two lines compare); a gap where there is no value. */
export function sparkline(values: readonly (number | null)[]): string {
  return values.map((v) => (v === null ? ' ' : BARS[Math.min(BARS.length - 1, Math.max(0, Math.floor((v / 100) * BARS.length)))]!)).join('');
}

const fmt = (v: number | null, suffix = ''): string => (v === null ? '-' : `${Number.isInteger(v) ? v : v.toFixed(1)}${suffix}`);

/** The terminal rendering of `ztaudit trend`: score and coverage sparklines per row, with the latest values. */
export function renderTrend(points: readonly TrendPoint[], pillars: readonly Pillar[], width = 40): string {
  if (points.length === 0) return 'no scans recorded in this period\n';
  const shown = points.slice(-width);
  const rows: [string, (p: TrendPoint) => { score: number | null; coverage: number | null }][] = [
    ['overall', (p) => ({ score: p.overall, coverage: p.coverage })],
    ...pillars.map((name): [string, (p: TrendPoint) => { score: number | null; coverage: number | null }] => [name, (p) => p.pillars[name] ?? { score: null, coverage: null }]),
  ];
  const first = shown[0]!.at.slice(0, 10);
  const last = shown[shown.length - 1]!.at.slice(0, 10);
  const lines = [`${points.length} scan${points.length === 1 ? '' : 's'}, ${first} to ${last}${shown.length < points.length ? ` (last ${shown.length} shown)` : ''}`];
  const label = Math.max(...rows.map(([n]) => n.length));
  const col = Math.max(shown.length, 'score'.length);
  lines.push(`${''.padEnd(label)}  ${'score'.padEnd(col)}  ${'last'.padStart(6)}  ${'coverage'.padEnd(col)}  ${'last'.padStart(6)}`);
  for (const [name, get] of rows) {
    const vals = shown.map(get);
    const latest = vals[vals.length - 1]!;
    lines.push(
      `${name.padEnd(label)}  ${sparkline(vals.map((v) => v.score)).padEnd(col)}  ${fmt(latest.score).padStart(6)}  ${sparkline(vals.map((v) => v.coverage)).padEnd(col)}  ${fmt(latest.coverage, '%').padStart(6)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
