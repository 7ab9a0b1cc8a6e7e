// Render a fitted table with cli-table3: cells cut or wrapped to their column first (so cli-table3
// never wraps box drawing), colour added after, and no rule between rows: only the one under
// the heading is kept, which makes the table about half as tall.
import Table from 'cli-table3';
import type { ColumnSpec, Layout } from './columns.js';
import { truncate, wrap } from './width.js';

// cli-table3 colours its borders and heads unless told otherwise; plain style keeps NO_COLOR clean.
const plainStyle = { head: [] as string[], border: [] as string[] };

export type Paint = (text: string, column: number, row: number) => string;

export function renderGrid(columns: readonly ColumnSpec[], layout: Layout, paint: Paint, bold: (s: string) => string): string {
  const t = new Table({
    head: layout.shown.map((i, k) => bold(truncate(columns[i]!.head, layout.widths[k]!))),
    style: plainStyle,
    colWidths: layout.widths.map((w) => w + 2),
    wordWrap: false,
  });
  const rows = columns[0]?.cells.length ?? 0;
  for (let r = 0; r < rows; r++) {
    t.push(
      layout.shown.map((i, k) => {
        const col = columns[i]!;
        const w = layout.widths[k]!;
        const cell = col.cells[r] ?? '';
        return col.flex ? wrap(cell, w).map((l) => paint(l, i, r)).join('\n') : paint(truncate(cell, w), i, r);
      }),
    );
  }
  let headRule = true;
  return t
    .toString()
    .split('\n')
    .filter((line) => {
      if (!line.startsWith('├')) return true;
      const keep = headRule;
      headRule = false;
      return keep;
    })
    .join('\n');
}
