// Inline SVG charts (no library, no request): score and coverage per pillar as paired bars, and
// score and coverage over time as lines when a trend is given. Every text is escaped.
import { PILLARS, type Pillar } from '../../engine/types.js';
import { escapeHtml as h } from '../escape.js';
import type { Report } from '../model.js';
import type { TrendPoint } from '../trend.js';

const LABEL_W = 190;
const BAR_W = 360;
const ROW_H = 34;
const fmt = (n: number | null): string => (n === null ? 'insufficient evidence' : n.toFixed(1));
const pct = (n: number | null): number => Math.max(0, Math.min(100, n ?? 0));

/** One score bar and one coverage bar per pillar (class "bar score" / "bar coverage"). */
export function pillarChart(report: Report): string {
  const height = PILLARS.length * ROW_H + 30;
  const width = LABEL_W + BAR_W + 220;
  const x = (n: number): number => LABEL_W + (BAR_W * n) / 100;
  const out: string[] = [
    `<svg id="pillar-chart" role="img" aria-labelledby="pillar-chart-title" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="pillar-chart-title">Score and coverage per pillar (0 to 100)</title>`,
  ];
  for (const tick of [0, 25, 50, 75, 100]) {
    out.push(`<line class="grid" x1="${x(tick)}" x2="${x(tick)}" y1="0" y2="${height - 24}"/><text x="${x(tick)}" y="${height - 8}" text-anchor="middle">${tick}</text>`);
  }
  PILLARS.forEach((p, i) => {
    const s = report.score.pillars[p];
    const y = i * ROW_H + 4;
    out.push(
      `<g class="pillar" data-pillar="${p}">`,
      `<text x="${LABEL_W - 8}" y="${y + 17}" text-anchor="end">${h(p)}</text>`,
      `<rect class="bar score${s.score === null ? ' empty' : ''}" x="${LABEL_W}" y="${y + 2}" width="${((BAR_W * pct(s.score)) / 100).toFixed(1)}" height="12"><title>${h(p)} score ${fmt(s.score)}</title></rect>`,
      `<rect class="bar coverage${s.coverage === null ? ' empty' : ''}" x="${LABEL_W}" y="${y + 15}" width="${((BAR_W * pct(s.coverage)) / 100).toFixed(1)}" height="8"><title>${h(p)} coverage ${s.coverage === null ? 'n/a' : `${s.coverage.toFixed(1)}%`}</title></rect>`,
      `<text x="${LABEL_W + BAR_W + 8}" y="${y + 17}">${fmt(s.score)}${s.coverage === null ? '' : ` (${s.coverage.toFixed(0)}%)`}</text>`,
      `</g>`,
    );
  });
  out.push(`<line class="axis" x1="${LABEL_W}" x2="${LABEL_W}" y1="0" y2="${height - 24}"/>`, '</svg>');
  return out.join('\n');
}

/** Overall score and coverage over time; a pillar's line when `pillar` is given. */
export function trendChart(points: readonly TrendPoint[], pillar?: Pillar): string {
  const sorted = [...points].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const width = 700;
  const height = 220;
  const left = 40;
  const right = 20;
  const top = 10;
  const bottom = 40;
  const x = (i: number): number => left + (sorted.length <= 1 ? (width - left - right) / 2 : ((width - left - right) * i) / (sorted.length - 1));
  const y = (n: number): number => top + ((height - top - bottom) * (100 - n)) / 100;
  const value = (p: TrendPoint, key: 'score' | 'coverage'): number | null =>
    pillar ? (p.pillars[pillar]?.[key] ?? null) : key === 'score' ? p.overall : p.coverage;
  const line = (key: 'score' | 'coverage'): string => {
    const pts = sorted.map((p, i) => [i, value(p, key)] as const).filter((v): v is readonly [number, number] => v[1] !== null);
    return pts.map(([i, v]) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  };
  const out: string[] = [
    `<svg id="trend-chart" role="img" aria-labelledby="trend-chart-title" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="trend-chart-title">${pillar ? h(pillar) : 'Overall'} score and coverage over ${sorted.length} scans</title>`,
  ];
  for (const tick of [0, 50, 100]) out.push(`<line class="grid" x1="${left}" x2="${width - right}" y1="${y(tick)}" y2="${y(tick)}"/><text x="${left - 6}" y="${y(tick) + 4}" text-anchor="end">${tick}</text>`);
  out.push(`<polyline class="trend-line overall" points="${line('score')}"/>`, `<polyline class="trend-line coverage" points="${line('coverage')}"/>`);
  sorted.forEach((p, i) => {
    const v = value(p, 'score');
    if (v !== null) out.push(`<circle class="dot" cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3"><title>${h(p.at)}: score ${v.toFixed(1)}, coverage ${fmt(value(p, 'coverage'))}</title></circle>`);
  });
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first) out.push(`<text x="${left}" y="${height - 12}">${h(first.at.slice(0, 10))}</text>`);
  if (last && sorted.length > 1) out.push(`<text x="${width - right}" y="${height - 12}" text-anchor="end">${h(last.at.slice(0, 10))}</text>`);
  out.push('</svg>');
  return out.join('\n');
}
