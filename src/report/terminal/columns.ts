// Column widths for a table that must fit a given width. Each step that makes room is taken in a
// fixed, documented order: first columns are dropped (dropOrder, lowest first; the caller folds
// what they showed into another column), then columns are narrowed towards their minimum
// (shrinkOrder), and their cells are cut with an ellipsis. The one flexible column takes what is
// left and wraps its text.

export interface ColumnSpec {
  head: string;
  /** plain-text cells, one per row (colour is added after layout) */
  cells: readonly string[];
  /** never wider than this, even when there is room */
  max?: number;
  /** narrowest it may be made; without it the column is never narrowed */
  min?: number;
  /** the column that takes the remaining width and wraps (at most one) */
  flex?: boolean;
  /** columns that may be dropped, lowest first */
  dropOrder?: number;
  /** columns that may be narrowed, lowest first */
  shrinkOrder?: number;
}

export interface Layout {
  /** indices of the columns kept, in their original order */
  shown: number[];
  /** content width of each kept column (the grid adds one space of padding each side) */
  widths: number[];
}

/** Content width the flexible column needs before anything is dropped or narrowed. */
export const FLEX_COMFORT = 30;
/** The flexible column is never narrower than this; below it the layout does not fit. */
export const FLEX_MIN = 12;

const natural = (c: ColumnSpec): number => Math.min(c.max ?? Infinity, Math.max(c.head.length, ...c.cells.map((s) => s.length)));

/** The widths that fit `width` (box drawing included), or undefined when no layout does. */
export function fitColumns(columns: readonly ColumnSpec[], width: number, comfort = FLEX_COMFORT): Layout | undefined {
  const shown = columns.map((_, i) => i);
  const drops = shown.filter((i) => columns[i]!.dropOrder !== undefined).sort((a, b) => columns[a]!.dropOrder! - columns[b]!.dropOrder!);
  const shrinks = shown.filter((i) => columns[i]!.min !== undefined).sort((a, b) => (columns[a]!.shrinkOrder ?? 0) - (columns[b]!.shrinkOrder ?? 0));
  const flex = shown.find((i) => columns[i]!.flex);
  const w = new Map(shown.map((i) => [i, natural(columns[i]!)]));
  // room left for the flexible column (or the slack when there is none)
  const room = (): number => width - (shown.length + 1) - shown.reduce((n, i) => n + 2 + (i === flex ? 0 : w.get(i)!), 0);
  const want = flex === undefined ? 0 : Math.min(comfort, natural(columns[flex]!));
  while (room() < want && drops.length) shown.splice(shown.indexOf(drops.shift()!), 1);
  for (const i of shrinks) {
    if (room() >= want || !shown.includes(i)) continue;
    w.set(i, Math.max(Math.min(columns[i]!.min!, w.get(i)!), w.get(i)! - (want - room())));
  }
  if (flex !== undefined) {
    const left = room();
    if (left < Math.min(FLEX_MIN, natural(columns[flex]!))) return undefined;
    w.set(flex, Math.min(left, natural(columns[flex]!)));
  } else if (room() < 0) return undefined;
  return { shown, widths: shown.map((i) => w.get(i)!) };
}
