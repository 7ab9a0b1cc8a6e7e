// The terminal rendering of `ztaudit history`: one line per scan, oldest first.
import { SEVERITIES } from '../engine/types.js';
import type { ScanRecord } from './record.js';

const fmt = (v: number | null, suffix = ''): string => (v === null ? '-' : `${Number.isInteger(v) ? v : v.toFixed(1)}${suffix}`);

function targetsCell(s: ScanRecord): string {
  const bad = ['unreachable', 'partial', 'skipped'].map((st) => [st, s.targets.filter((t) => t.status === st).length] as const).filter(([, n]) => n > 0);
  return `${s.targets.length}${bad.length ? ` (${bad.map(([st, n]) => `${n} ${st}`).join(', ')})` : ''}`;
}

export function renderHistory(scans: readonly ScanRecord[]): string {
  if (scans.length === 0) return 'no scans recorded\n';
  const head = ['started (UTC)', 'scan', 'targets', 'score', 'coverage', ...SEVERITIES, 'gate'];
  const rows = scans.map((s) => [
    s.startedAt.replace('T', ' ').slice(0, 19),
    s.id,
    targetsCell(s),
    fmt(s.overall),
    fmt(s.coverage, '%'),
    ...SEVERITIES.map((sev) => String(s.failing[sev])),
    s.gatePassed ? 'passed' : 'failed',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const numeric = new Set([3, 4, 5, 6, 7, 8]);
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (numeric.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return `${[line(head), ...rows.map(line)].join('\n')}\n`;
}
