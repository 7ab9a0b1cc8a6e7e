// The fast path for YAML manifests. The `yaml` package's document API (positions for every node)
// takes ~5 s for 10 MB; a 10,000-pod cluster must load in ~1 s. So: split the stream into
// documents at column-0 `---`/`...` marker lines ourselves (a marker there ends a document even
// inside a block scalar, per the YAML spec), parse each document with js-yaml (no positions, ~10x
// faster) under a schema equal to `yaml`'s YAML 1.2 core schema, and find the start line of each
// document and each list item by a line scan. Whenever the result might differ from the `yaml`
// package's (anything js-yaml rejects, anchors, tags it lacks, odd keys, a line scan that does not
// match the parsed items...) this returns undefined and the caller parses the file with `yaml`:
// same objects, same lines, same diagnostics as before, just slower for that file.
import jsyaml from 'js-yaml';
import { continuationsIndented } from './yaml-layout.js';

/** One parsed document: its value and the 1-based line where its content starts. */
export interface FastDocument {
  value: unknown;
  line: number;
  /** 1-based start lines of the root mapping's `items` block sequence entries; computed on demand. */
  itemLines(): number[] | undefined;
}

// `yaml`'s core schema (yaml/dist/schema/core), resolver for resolver: js-yaml's own CORE_SCHEMA
// also reads 1_000, 0b11 and +.5e3 as numbers, which `yaml` keeps as strings.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT_DEC = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

const CORE_SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    new jsyaml.Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: (s: string) => NULL.test(s), construct: () => null }),
    new jsyaml.Type('tag:yaml.org,2002:bool', { kind: 'scalar', resolve: (s: string) => BOOL.test(s), construct: (s: string) => s[0] === 't' || s[0] === 'T' }),
    new jsyaml.Type('tag:yaml.org,2002:int', {
      kind: 'scalar',
      resolve: (s: string) => INT_OCT.test(s) || INT_DEC.test(s) || INT_HEX.test(s),
      construct: (s: string) => (INT_OCT.test(s) ? parseInt(s.slice(2), 8) : INT_DEC.test(s) ? parseInt(s, 10) : parseInt(s.slice(2), 16)),
    }),
    new jsyaml.Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (s: string) => FLOAT_NAN.test(s) || FLOAT_EXP.test(s) || FLOAT.test(s),
      construct: (s: string) => (FLOAT_NAN.test(s) ? (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity) : parseFloat(s)),
    }),
  ],
});

/** Inputs whose meaning the line scans below do not model; `yaml` handles them. */
const UNMODELLED = [
  /\uFEFF/, // byte order mark: shifts column 0
  /\r(?!\n)/, // a lone CR is a line break to YAML, not to our line counting
  /^%/m, // directives (%YAML 1.1 changes the schema)
  /(?:^|[\s,[{])\?(?:[ \t]|$)/m, // explicit `? key`: keys may be collections
  /[\]}][ \t]*:(?:[\s,[\]{}]|$)/, // a flow collection as a key (`[a, b]: c`); js-yaml and `yaml` stringify it differently
];

/**
 * Parse every document of a YAML stream, or return undefined when the `yaml` package must do it
 * (syntax errors included: its diagnostics are the ones users see).
 */
export function parseYamlFast(text: string): FastDocument[] | undefined {
  for (const re of UNMODELLED) if (re.test(text)) return undefined;
  if (!continuationsIndented(text)) return undefined;
  const docs: FastDocument[] = [];
  for (const chunk of splitDocuments(text)) {
    const line = contentStartLine(text, chunk);
    if (line === undefined) continue; // only comments and blank lines: no document
    const value = loadOne(text.slice(chunk.start, chunk.end));
    if (value === DOUBT) return undefined;
    if (value === null || value === undefined) continue;
    let items: number[] | undefined | null = null;
    docs.push({
      value,
      line,
      itemLines: () => (items === null ? (items = itemStartLines(text, chunk, line)) : items),
    });
  }
  return docs;
}

const DOUBT = Symbol('doubt');

interface ListenerState {
  kind: string | null;
  result: unknown;
  anchorMap?: Record<string, unknown>;
}

function loadOne(source: string): unknown {
  let oddKey = false;
  let state: ListenerState | undefined;
  let value: unknown;
  try {
    value = jsyaml.load(source, {
      schema: CORE_SCHEMA,
      // js-yaml turns a null key into "null" and a mapping key into "[object Object]"; `yaml`
      // gives "" and a YAML rendering. Seeing either key, let `yaml` decide.
      listener(event, s) {
        const st = s as unknown as ListenerState;
        state = st;
        if (event === 'close' && st.kind === 'mapping' && st.result !== null && typeof st.result === 'object') {
          const r = st.result as Record<string, unknown>;
          if (Object.hasOwn(r, 'null') || Object.hasOwn(r, '[object Object]')) oddKey = true;
        }
      },
    });
  } catch {
    return DOUBT;
  }
  if (oddKey) return DOUBT;
  // Anchors/aliases: `yaml` caps alias expansion (maxAliasCount), js-yaml does not; leave them to `yaml`.
  if (state !== undefined && (typeof state.anchorMap !== 'object' || state.anchorMap === null || Object.keys(state.anchorMap).length > 0)) return DOUBT;
  return value;
}

/** A document's text: [start, end) offsets; `firstLine` is the 1-based line at `start`. */
export interface Chunk {
  start: number;
  end: number;
  firstLine: number;
  /** The chunk begins with a `---` marker line. */
  marked: boolean;
}

const isBreakOrSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);

/** Marker kind of the line at `i`: `---` or `...` at column 0 followed by a space, tab or line end. */
function markerAt(text: string, i: number): '---' | '...' | undefined {
  const c = text.charCodeAt(i);
  if (c !== 45 && c !== 46) return undefined;
  if (text.charCodeAt(i + 1) !== c || text.charCodeAt(i + 2) !== c || !isBreakOrSpace(text.charCodeAt(i + 3))) return undefined;
  return c === 45 ? '---' : '...';
}

/** Split a stream at column-0 document markers: `---` starts a chunk, `...` ends one. */
export function splitDocuments(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  let firstLine = 1;
  let marked = false;
  let line = 1;
  for (let i = 0; i < text.length; ) {
    const nl = text.indexOf('\n', i);
    const next = nl < 0 ? text.length : nl + 1;
    const m = markerAt(text, i);
    if (m === '---') {
      if (i > start || marked) chunks.push({ start, end: i, firstLine, marked });
      start = i;
      firstLine = line;
      marked = true;
    } else if (m === '...') {
      chunks.push({ start, end: next, firstLine, marked });
      start = next;
      firstLine = line + 1;
      marked = false;
    }
    i = next;
    line++;
  }
  if (text.length > start || marked) chunks.push({ start, end: text.length, firstLine, marked });
  return chunks;
}

/** Offset of the first non-space (space/tab) character at or after i, within the line. */
function skipBlanks(text: string, i: number): number {
  let c = text.charCodeAt(i);
  while (c === 32 || c === 9) c = text.charCodeAt(++i);
  return i;
}

const endsLine = (c: number): boolean => c === 10 || c === 13 || Number.isNaN(c);

/** First line of a chunk that holds content (not blank, not only a comment, not a `...` marker). */
function contentStartLine(text: string, chunk: Chunk): number | undefined {
  let line = chunk.firstLine;
  let i = chunk.start;
  if (chunk.marked) {
    const j = skipBlanks(text, i + 3);
    const c = text.charCodeAt(j);
    if (!endsLine(c) && c !== 35 /* # */) return line; // `--- value` on the marker line
    const nl = text.indexOf('\n', i);
    if (nl < 0 || nl + 1 >= chunk.end) return undefined;
    i = nl + 1;
    line++;
  }
  while (i < chunk.end) {
    const j = skipBlanks(text, i);
    const c = text.charCodeAt(j);
    if (!endsLine(c) && c !== 35 && markerAt(text, i) !== '...') return line;
    const nl = text.indexOf('\n', i);
    if (nl < 0) return undefined;
    i = nl + 1;
    line++;
  }
  return undefined;
}

/**
 * Start lines of the entries of the root mapping's block sequence `items:`, where the root
 * mapping begins on `rootLine`. Undefined when the text is not laid out that way (flow
 * sequence, an entry whose content is not on its `-` line...): the caller then asks `yaml`.
 */
function itemStartLines(text: string, chunk: Chunk, rootLine: number): number[] | undefined {
  // Walk to the root line and read the root indentation.
  let i = chunk.start;
  let line = chunk.firstLine;
  while (line < rootLine) {
    i = text.indexOf('\n', i) + 1;
    line++;
  }
  const rootIndent = skipBlanks(text, i) - i;
  if (text.charCodeAt(i + rootIndent - 1) === 9) return undefined;
  // Find `items:` at the root indentation with nothing after it but a comment.
  let itemsLine = -1;
  let seqIndent = -1;
  const lines: number[] = [];
  for (; i < chunk.end; line++) {
    const nl = text.indexOf('\n', i);
    const next = nl < 0 || nl >= chunk.end ? chunk.end : nl + 1;
    const j = skipBlanks(text, i);
    const indent = j - i;
    const c = text.charCodeAt(j);
    const blank = endsLine(c) || c === 35 || markerAt(text, i) === '...';
    if (!blank) {
      if (itemsLine < 0) {
        if (indent === rootIndent && isItemsKey(text, j)) itemsLine = line;
      } else if (seqIndent < 0) {
        // The first content line after `items:` opens the sequence.
        if (c !== 45 || !isBreakOrSpace(text.charCodeAt(j + 1)) || indent < rootIndent) return undefined;
        seqIndent = indent;
        if (!entryOnSameLine(text, j)) return undefined;
        lines.push(line);
      } else if (indent < seqIndent || (indent === seqIndent && !(c === 45 && isBreakOrSpace(text.charCodeAt(j + 1))))) {
        break; // the sequence ended
      } else if (indent === seqIndent) {
        if (!entryOnSameLine(text, j)) return undefined;
        lines.push(line);
      }
    }
    i = next;
  }
  return itemsLine < 0 ? undefined : lines;
}

/** After a `-` at j: does the entry's content start on this line? */
function entryOnSameLine(text: string, j: number): boolean {
  const k = skipBlanks(text, j + 1);
  const c = text.charCodeAt(k);
  return !endsLine(c) && c !== 35 && k > j + 1;
}

/** `items:` (plain or quoted) followed by nothing but blanks or a comment. */
function isItemsKey(text: string, j: number): boolean {
  let k: number;
  if (text.startsWith('items:', j)) k = j + 6;
  else if (text.startsWith('"items":', j) || text.startsWith("'items':", j)) k = j + 8;
  else return false;
  const m = skipBlanks(text, k);
  const c = text.charCodeAt(m);
  return endsLine(c) || (c === 35 && m > k);
}
