// How wide the terminal report may be, and plain-text helpers that keep every line within it.
// Widths count UTF-16 code units; collected text is mostly ASCII, and the grid (grid.ts, which
// measures display width) cuts any cell that still comes out too wide, so box drawing never wraps.

export const DEFAULT_WIDTH = 120;
/** Narrower than this, no layout is readable; the report is laid out for this width instead. */
export const MIN_WIDTH = 40;

const parseColumns = (v: string | undefined): number | undefined => {
  if (v === undefined || !/^\s*\d+\s*$/.test(v)) return undefined;
  const n = Number(v);
  return n > 0 ? n : undefined;
};

/**
 * The width of the table: the terminal's when stdout is one, else `COLUMNS` when set, else 120.
 * A file (`-o report.txt`) has no terminal, so only `COLUMNS` or the default apply to it.
 */
export function reportWidth(toFile: boolean, env: NodeJS.ProcessEnv = process.env, stdout: { isTTY?: boolean; columns?: number } = process.stdout): number {
  const tty = !toFile && stdout.isTTY === true && typeof stdout.columns === 'number' && stdout.columns > 0 ? stdout.columns : undefined;
  return Math.max(MIN_WIDTH, tty ?? parseColumns(env['COLUMNS']) ?? DEFAULT_WIDTH);
}

/** At most `width` characters; a cut is marked with an ellipsis. */
export function truncate(text: string, width: number): string {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  if (flat.length <= width) return flat;
  return width <= 1 ? '…'.slice(0, width) : `${flat.slice(0, width - 1)}…`;
}

/**
 * Word-wrap to lines of at most `width` characters; continuation lines start with `indent`; a word
 * longer than a line is cut, after a separator (/ , = : . -) when that wastes less than half the line.
 */
export function wrap(text: string, width: number, indent = ''): string[] {
  const w = Math.max(1, width);
  const ind = indent.length < w ? indent : '';
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = out.length ? ind : '';
    let empty = true;
    for (let word of para.split(' ').filter(Boolean)) {
      if (!empty && line.length + 1 + word.length > w) {
        out.push(line);
        line = ind;
        empty = true;
      }
      if (!empty) line += ' ';
      while (line.length + word.length > w) {
        // a long path or flag list is cut after a separator when one is in the second half
        const room = w - line.length;
        const sep = Math.max(...[...'/,=:.-'].map((ch) => word.lastIndexOf(ch, room - 1)));
        const cut = sep >= room / 2 ? sep + 1 : room;
        out.push(line + word.slice(0, cut));
        word = word.slice(cut);
        line = ind;
      }
      line += word;
      empty = false;
    }
    out.push(line.trimEnd());
  }
  return out;
}
