// Render a fitted table with box drawing: cells cut or wrapped to their column first, colour
// added after, padding measured on the plain text, and no rule between rows (only the one under
// the heading), which makes the table about half as tall. Drawn here rather than by cli-table3,
// which measured every cell with a freshly built ANSI regex and took over a second for a few
// hundred rows.
import type { ColumnSpec, Layout } from './columns.js';
import { truncate, wrap } from './width.js';

export type Paint = (text: string, column: number, row: number) => string;

// East Asian wide and emoji code points take two terminal columns
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;

// below U+1100 every code point is one UTF-16 unit and one column (no wide or surrogate characters)
const ALL_NARROW = /^[\u0000-\u10FF]*$/;

/** Columns the text takes in a terminal. */
export function displayWidth(text: string): number {
  // most cells are narrow throughout: one regex pass instead of a test per character
  if (ALL_NARROW.test(text)) return text.length;
  let n = 0;
  for (const ch of text) n += WIDE.test(ch) ? 2 : 1;
  return n;
}

/** At most `width` terminal columns: wide characters can make a cut string still too wide. */
function fit(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let n = 0;
  for (const ch of text) {
    const w = WIDE.test(ch) ? 2 : 1;
    if (n + w > width - 1) break;
    out += ch;
    n += w;
  }
  return `${out}…`;
}

const rule = (widths: readonly number[], left: string, mid: string, right: string): string => left + widths.map((w) => '─'.repeat(w + 2)).join(mid) + right;

export function renderGrid(columns: readonly ColumnSpec[], layout: Layout, paint: Paint, bold: (s: string) => string): string {
  const { shown, widths } = layout;
  const line = (cells: readonly { plain: string; painted: string }[]): string =>
    `│${cells.map((c, k) => ` ${c.painted}${' '.repeat(Math.max(0, widths[k]! - displayWidth(c.plain)))} `).join('│')}│`;
  const out = [rule(widths, '┌', '┬', '┐')];
  out.push(
    line(
      shown.map((i, k) => {
        const plain = fit(truncate(columns[i]!.head, widths[k]!), widths[k]!);
        return { plain, painted: bold(plain) };
      }),
    ),
  );
  out.push(rule(widths, '├', '┼', '┤'));
  const rows = columns[0]?.cells.length ?? 0;
  for (let r = 0; r < rows; r++) {
    const cellLines = shown.map((i, k) => {
      const col = columns[i]!;
      const w = widths[k]!;
      const cell = col.cells[r] ?? '';
      return (col.flex ? wrap(cell, w) : [truncate(cell, w)]).map((l) => fit(l, w));
    });
    const height = Math.max(1, ...cellLines.map((l) => l.length));
    for (let h = 0; h < height; h++) {
      out.push(
        line(
          shown.map((i, k) => {
            const plain = cellLines[k]![h] ?? '';
            return { plain, painted: plain ? paint(plain, i, r) : plain };
          }),
        ),
      );
    }
  }
  out.push(rule(widths, '└', '┴', '┘'));
  return out.join('\n');
}
