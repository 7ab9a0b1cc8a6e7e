// Line numbers for JSON manifests without a second full parse: JSON.parse gives no positions,
// so one linear scan finds where each element of the top-level "items" array starts.

/** 1-based line of a character offset. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * 1-based start line of each element of the top-level object's "items" array, in order.
 * Assumes `text` is valid JSON (the caller parsed it already); returns [] when there is none.
 */
export function jsonItemLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let lastKey: string | undefined;
  let itemsDepth = -1; // depth inside the items array, when in it
  let expectValue = false; // in the items array, the next non-space token starts an element
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) continue;
    if (depth === itemsDepth && expectValue && c !== 93 /* ] */) {
      lines.push(line);
      expectValue = false;
    }
    if (c === 34 /* " */) {
      const start = i + 1;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) i++;
        else if (d === 34) break;
        else if (d === 10) line++;
        i++;
      }
      if (depth === 1) lastKey = text.slice(start, i);
      continue;
    }
    if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++;
      if (c === 91 && depth === 2 && lastKey === 'items' && itemsDepth < 0) {
        itemsDepth = 2;
        expectValue = true;
      }
      continue;
    }
    if (c === 125 /* } */ || c === 93 /* ] */) {
      if (depth === itemsDepth && c === 93) itemsDepth = -2; // only the first items array counts
      depth--;
      continue;
    }
    if (c === 44 /* , */ && depth === itemsDepth) expectValue = true;
  }
  return lines;
}
