// A line scan for the one family of inputs js-yaml reads and the `yaml` package rejects: a
// multi-line quoted scalar or flow collection whose continuation lines are not indented more
// than the block collection holding it (`a: "x⏎y"`: an error for `yaml`, "x y" for js-yaml).
// It follows just enough of YAML's block layout (keys, `- ` entries, block scalars, quotes,
// flow brackets, comments) to know each continuation line's parent; anything it does not follow
// is reported as not plain, and the caller hands the file to `yaml`.

const SPACE = 32;
const TAB = 9;
const CR = 13;
const LF = 10;

/** Column-0 `---` or `...` followed by a space, tab or line end. */
function isMarker(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 45 && c !== 46) return false;
  if (i + 3 > end || text.charCodeAt(i + 1) !== c || text.charCodeAt(i + 2) !== c) return false;
  return i + 3 === end || text.charCodeAt(i + 3) === SPACE || text.charCodeAt(i + 3) === TAB;
}

function startsLikeMarker(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(i);
  return (c === 45 || c === 46) && i + 3 <= end && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c;
}

const isBlank = (c: number): boolean => c === SPACE || c === TAB;

function skipBlanks(text: string, i: number, end: number): number {
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  return i;
}

/** After a node ended at i: only blanks and maybe a comment may follow on the line. */
function restIsEmpty(text: string, i: number, end: number): boolean {
  const k = skipBlanks(text, i, end);
  return k === end || (text.charCodeAt(k) === 35 && (k > i || k === 0));
}

/** In a plain scalar from p: offset of the `:` that makes it a key (`: ` or `:` at line end, before any ` #`), or -1. */
function plainKeyEnd(text: string, p: number, end: number): number {
  for (let q = p; q < end; q++) {
    const d = text.charCodeAt(q);
    if (d === 58 && (q + 1 >= end || isBlank(text.charCodeAt(q + 1)))) return q;
    if (d === 35 && q > p && isBlank(text.charCodeAt(q - 1))) return -1;
  }
  return -1;
}

/** Does the line's first node, at j, turn out to be a mapping key (plain or quoted)? */
function lineStartsWithKey(text: string, j: number, end: number): boolean {
  const c = text.charCodeAt(j);
  if (c === 34 || c === 39) {
    let i = j + 1;
    while (i < end) {
      const d = text.charCodeAt(i);
      if (c === 34 && d === 92) i += 2;
      else if (d === c) {
        if (c === 39 && text.charCodeAt(i + 1) === 39) i += 2;
        else break;
      } else i++;
    }
    if (i >= end) return false;
    const q = skipBlanks(text, i + 1, end);
    return text.charCodeAt(q) === 58 && (q + 1 >= end || isBlank(text.charCodeAt(q + 1)));
  }
  if (c === 91 || c === 123 || c === 124 || c === 62 || c === 38 || c === 33 || c === 42 || c === 35) return false;
  return plainKeyEnd(text, j, end) >= 0;
}

/** `yaml` rejects an implicit key whose `:` is more than 1024 characters after its start. */
const MAX_KEY = 1000;
const LONG_KEY = -2;

type Mode = 'normal' | 'block' | 'quote' | 'flow';

/**
 * True when every multi-line quoted scalar and flow collection in `text` has its continuation
 * lines indented deeper than its parent block collection, and nothing the scan does not model
 * appears (content on a `---` line, tabs as indentation, explicit or empty keys, aliases).
 */
export function continuationsIndented(text: string): boolean {
  let mode: Mode = 'normal';
  let blockParent = -1; // block scalar: content lines are blank or indented deeper than this
  let minIndent = -1; // quote / flow: continuation lines must be indented deeper than this
  let quote = 0; // the open quote character, in 'quote' mode or inside a flow collection
  let depth = 0; // flow bracket depth
  let blockContent = false; // block scalar: a content line was seen

  /** Scan a quoted scalar from i (after its opening quote); the offset after the closing quote, or -1 at line end. */
  const closeQuote = (i: number, end: number): number => {
    while (i < end) {
      const c = text.charCodeAt(i);
      if (quote === 34) {
        if (c === 92) i += 2;
        else if (c === 34) return i + 1;
        else i++;
      } else if (c === 39) {
        if (text.charCodeAt(i + 1) === 39) i += 2;
        else return i + 1;
      } else i++;
    }
    return -1;
  };

  /** Scan flow content from i; the offset after the bracket closing depth 0, or -1 at line end. */
  const closeFlow = (i: number, end: number, lineStart: boolean): number => {
    let prevSep = lineStart;
    let entryStart = i; // where the current flow entry began: its implicit key must be short
    while (i < end) {
      if (quote !== 0) {
        const q = closeQuote(i, end);
        if (q < 0) return -1;
        quote = 0;
        i = q;
        prevSep = false;
        continue;
      }
      const c = text.charCodeAt(i);
      if (c === 35 && prevSep) return -1; // a comment ends the line
      if ((c === 34 || c === 39) && prevSep) quote = c;
      else if (c === 58 && i - entryStart > MAX_KEY) return LONG_KEY;
      else if (c === 44) entryStart = i;
      else if (c === 91 || c === 123) {
        depth++;
        entryStart = i;
      }
      else if (c === 93 || c === 125) {
        depth--;
        if (depth === 0) return i + 1;
      }
      prevSep = isBlank(c) || c === 91 || c === 123 || c === 44 || c === 58;
      i++;
    }
    return -1;
  };

  // Block collections open at the current line, innermost last: column and kind.
  const openCol: number[] = [];
  const openSeq: boolean[] = [];
  const top = (): number => (openCol.length > 0 ? openCol[openCol.length - 1]! : -1);
  const push = (col: number, seq: boolean): void => {
    if (top() === col && openSeq[openSeq.length - 1] === seq) return;
    openCol.push(col);
    openSeq.push(seq);
  };
  let opening = -2; // the previous content line ended with `key:` (its column) or a bare `-` (-1): a nested node may follow

  let ls = 0;
  const n = text.length;
  while (ls < n) {
    const nl = text.indexOf('\n', ls);
    const next = nl < 0 ? n : nl + 1;
    let le = nl < 0 ? n : nl;
    if (le > ls && text.charCodeAt(le - 1) === CR) le--;
    const line = ls;
    ls = next;

    if (startsLikeMarker(text, line, le) && !isMarker(text, line, le)) return false; // js-yaml takes `---x` as a marker
    if (isMarker(text, line, le)) {
      if (mode === 'quote' || mode === 'flow') return false;
      mode = 'normal';
      if (!restIsEmpty(text, line + 3, le)) return false; // `--- value`: `yaml` refuses some of these
      openCol.length = 0;
      openSeq.length = 0;
      opening = -2;
      continue;
    }
    let j = line;
    while (j < le && text.charCodeAt(j) === SPACE) j++;
    const indent = j - line;
    const k = skipBlanks(text, j, le);
    const blank = k === le;
    // A blank line holding a tab: `yaml` may read the tab as indentation, js-yaml does not.
    if (blank && k > j) return false;

    if (mode === 'block') {
      if (blank) {
        // `yaml` rejects more-indented leading empty lines; js-yaml does not.
        if (k > line && !blockContent) return false;
        continue;
      }
      if (indent > blockParent) {
        blockContent = true;
        continue;
      }
      mode = 'normal';
    }
    if (mode === 'quote' || mode === 'flow') {
      if (blank) continue;
      if (indent <= minIndent || k !== j) return false; // under-indented, or tab-indented, continuation
      const end = mode === 'quote' ? closeQuote(j, le) : closeFlow(j, le, true);
      if (end === LONG_KEY) return false;
      if (end < 0) continue;
      mode = 'normal';
      if (!restIsEmpty(text, end, le)) return false;
      continue;
    }
    // normal
    if (blank || text.charCodeAt(k) === 35) continue;
    if (k !== j) return false; // a tab in the indentation

    // Where does this line sit among the open collections? Model only layouts both parsers read alike.
    const startsSeq = text.charCodeAt(j) === 45 && (j + 1 >= le || isBlank(text.charCodeAt(j + 1)));
    const startsKey = !startsSeq && lineStartsWithKey(text, j, le);
    let popped = false;
    while (openCol.length > 0 && top() > indent) {
      openCol.pop();
      openSeq.pop();
      popped = true;
    }
    if (openCol.length > 0 && top() === indent) {
      const isSeq = openSeq[openSeq.length - 1]!;
      if (startsKey && isSeq) {
        // a compact sequence (`a:⏎- x`) ends; its map must be right there
        openCol.pop();
        openSeq.pop();
        if (top() !== indent || openSeq[openSeq.length - 1]) return false;
      } else if (startsSeq && !isSeq) {
        if (opening !== indent) return false; // `- x` at a map's column only right after `key:`
      } else if (!startsKey && !startsSeq) return false;
    } else if (popped || (openCol.length > 0 && opening === -2 && (startsKey || startsSeq))) {
      return false; // dedent between columns, or a deeper collection nothing opened
    } else if (openCol.length > 0 && opening === -2 && !startsKey && !startsSeq) {
      continue; // continuation of a multi-line plain scalar
    }

    // A scalar on a line of its own under `key:` or `-`: `yaml` and js-yaml disagree around comments there.
    if (opening !== -2 && !startsKey && !startsSeq) return false;
    let innermost = -1; // column of the innermost block collection (key or `-`) on this line
    let keyOnLine = false;
    opening = -2;
    let p = j;
    for (;;) {
      if (p >= le) break;
      const c = text.charCodeAt(p);
      const after = p + 1 < le ? text.charCodeAt(p + 1) : LF;
      if (c === 45 && (isBlank(after) || after === LF)) {
        if (keyOnLine) return false; // `a: - b`
        innermost = p - line;
        push(innermost, true);
        p = skipBlanks(text, p + 1, le);
        if (p >= le) opening = -1;
        continue;
      }
      if (c === 63 || c === 42 || (c === 58 && (isBlank(after) || after === LF))) return false; // `?`, alias, empty key
      if (c === 38 || c === 33) {
        // anchor or tag: skip the property, the node follows
        while (p < le && !isBlank(text.charCodeAt(p))) p++;
        p = skipBlanks(text, p, le);
        if (p >= le || text.charCodeAt(p) === 35) return false; // its node on a later line: where does it start?
        continue;
      }
      if (c === 35) {
        if (innermost >= 0 && p > j && isBlank(text.charCodeAt(p - 1)) && keyOnLine) opening = innermost;
        else if (p > j && !keyOnLine) opening = -1;
        break;
      }
      if (c === 124 || c === 62) {
        if (innermost < 0) return false; // a block scalar as the document: not a manifest anyway
        mode = 'block';
        blockParent = innermost;
        blockContent = false;
        break;
      }
      if (c === 34 || c === 39) {
        quote = c;
        const end = closeQuote(p + 1, le);
        if (end < 0) {
          if (innermost < 0) return false; // a quoted line of its own: parent not on this line
          mode = 'quote';
          minIndent = innermost;
          break;
        }
        quote = 0;
        const q = skipBlanks(text, end, le);
        if (text.charCodeAt(q) === 58 && (q + 1 >= le || isBlank(text.charCodeAt(q + 1)))) {
          if (keyOnLine || q - p > MAX_KEY) return false; // `a: "b": c`, or a key too long for `yaml`
          keyOnLine = true;
          innermost = p - line; // a quoted key
          push(innermost, false);
          p = skipBlanks(text, q + 1, le);
          if (p >= le) opening = innermost;
          continue;
        }
        if (!restIsEmpty(text, end, le)) return false;
        break;
      }
      if (c === 91 || c === 123) {
        depth = 1;
        quote = 0;
        const end = closeFlow(p + 1, le, true);
        if (end === LONG_KEY) return false;
        if (end < 0) {
          if (innermost < 0) return false;
          mode = 'flow';
          minIndent = innermost;
          break;
        }
        if (!restIsEmpty(text, end, le)) return false; // incl. a flow collection as a key
        break;
      }
      // A plain scalar: a key if `: ` (or `:` at line end) comes before any ` #`.
      const key = plainKeyEnd(text, p, le);
      if (key < 0) break;
      if (key - p > MAX_KEY) return false;
      if (keyOnLine) return false; // `a: b: c`: `yaml` refuses nested mappings in compact ones
      keyOnLine = true;
      innermost = p - line;
      push(innermost, false);
      p = skipBlanks(text, key + 1, le);
      if (p >= le) opening = innermost;
    }
  }
  return mode !== 'quote' && mode !== 'flow';
}
