// The per-pillar score table, fitted to the terminal: a null score or stage reads "-" (explained
// under the table); when narrow the N/A column, then the Warn column are dropped (their counts
// stay in each pillar's heading line), then pillar names are cut with an ellipsis.
import type { ChalkInstance } from 'chalk';
import { PILLARS } from '../../engine/types.js';
import type { Report } from '../model.js';
import { fmtCoverage } from '../order.js';
import { fitColumns, type ColumnSpec } from './columns.js';
import { renderGrid } from './grid.js';
import { wrap } from './width.js';

export const NO_EVIDENCE = '-';
const score = (n: number | null): string => (n === null ? NO_EVIDENCE : n.toFixed(1));

export function scoreTable(c: ChalkInstance, report: Report, width: number): string {
  const { score: s, summary: sum } = report;
  const rows = [
    ...PILLARS.map((p) => {
      const x = s.pillars[p];
      return [p, score(x.score), fmtCoverage(x.coverage), x.stage ?? NO_EVIDENCE, x.pass, x.fail, x.warn, x.error, x.notApplicable];
    }),
    ['overall', score(s.overall), fmtCoverage(s.coverage), s.stage ?? NO_EVIDENCE, sum.pass, sum.fail, sum.warn, sum.error, sum.notApplicable],
  ].map((r) => r.map(String));
  const col = (k: number): string[] => rows.map((r) => r[k]!);
  const columns: ColumnSpec[] = [
    { head: 'Pillar', cells: col(0), min: 12 },
    { head: 'Score', cells: col(1) },
    { head: 'Coverage', cells: col(2) },
    { head: 'Stage', cells: col(3) },
    { head: 'Pass', cells: col(4) },
    { head: 'Fail', cells: col(5) },
    { head: 'Warn', cells: col(6), dropOrder: 2 },
    { head: 'Error', cells: col(7) },
    { head: 'N/A', cells: col(8), dropOrder: 1 },
  ];
  const layout = fitColumns(columns, width);
  const overall = rows.length - 1;
  if (layout) return renderGrid(columns, layout, (t, _col, row) => (row === overall ? c.bold(t) : t), (h) => c.bold(h));
  return rows.flatMap((r) => wrap(`${r[0]}: score ${r[1]}, coverage ${r[2]}, stage ${r[3]}; pass ${r[4]}, fail ${r[5]}, warn ${r[6]}, error ${r[7]}, n/a ${r[8]}`, width, '    ')).join('\n');
}
