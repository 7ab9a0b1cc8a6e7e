// JSON.stringify(value, null, 2), byte for byte, as a sequence of chunks: a report with a quarter
// of a million results is never one string (nor one Buffer) in memory. Objects are walked member
// by member and long arrays element by element, down to the long arrays; whatever holds no long
// array (a result, a target, a check) is stringified whole, which is both exact and fast.

/** Arrays at least this long are streamed element by element. */
const LONG = 64;

const skipped = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';
const hasToJson = (v: object): boolean => typeof (v as { toJSON?: unknown }).toJSON === 'function';

/**
 * Worth walking: a long array, or an object or short array that holds one somewhere within
 * `depth` levels (a SARIF log's results sit in a one-element `runs` array: stringified whole, that
 * was one string the size of the file, and a second with its lines indented).
 */
function worthWalking(v: unknown, depth: number): v is object {
  if (depth <= 0 || v === null || typeof v !== 'object' || hasToJson(v)) return false;
  if (Array.isArray(v)) {
    if (v.length >= LONG) return true;
    for (const m of v as unknown[]) if (m !== null && typeof m === 'object' && worthWalking(m, depth - 1)) return true;
    return false;
  }
  for (const k in v) {
    const m = (v as Record<string, unknown>)[k];
    if (m !== null && typeof m === 'object' && worthWalking(m, depth - 1)) return true;
  }
  return false;
}

/**
 * Elements stringified per batch (one native JSON.stringify call each). Small enough that a
 * batch's string (some 50 KB of indented results) stays under V8's large-object size (128 KB):
 * a larger one is born in the old generation, and the 570 MiB report of a 10,000-host fleet left
 * that much garbage there for a full collection to find, raising the peak RSS.
 */
const BATCH = 128;

/**
 * Consecutive elements of an array at `indent`, as JSON.stringify lays them out there, joined by
 * ",\n" + indentation: the batch is stringified in one native call, nested in single-element
 * arrays so that it comes out already at the right depth, and the wrapping brackets are cut off.
 */
function elements(batch: readonly unknown[], inner: string): string {
  let wrapped: unknown = batch;
  for (let depth = inner.length / 2 - 1; depth > 0; depth--) wrapped = [wrapped];
  const s = JSON.stringify(wrapped, null, 2);
  const levels = inner.length / 2; // brackets opened before the first element
  let open = 0;
  for (let j = 1; j <= levels; j++) open += 2 + 2 * j; // "[" "\n" and the next level's indentation
  let close = 0;
  for (let j = 0; j < levels; j++) close += 2 + 2 * j; // "\n", this level's indentation and "]"
  return s.slice(open, s.length - close);
}

/** JSON.stringify(value, null, 2) of a value placed at `indent`, whole. */
const whole = (value: unknown, indent: string): string => {
  const s = JSON.stringify(value, null, 2);
  return indent && s.includes('\n') ? s.replace(/\n/g, `\n${indent}`) : s;
};

const NOTHING_FLAT: ReadonlySet<object> = new Set();

/**
 * The chunks of `JSON.stringify(value, null, 2)` (the caller adds any trailing newline). `depth`
 * bounds how deep containers are walked; below it values are stringified whole. `flat` names
 * arrays whose elements the caller knows hold no long array (a report's results): they go out a
 * batch at a time without looking into each element first. The bytes are the same either way.
 */
export function* jsonChunks(value: unknown, indent = '', depth = 8, flat: ReadonlySet<object> = NOTHING_FLAT): Generator<string> {
  if (!worthWalking(value, depth)) {
    yield whole(value, indent);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    yield '[';
    if (flat.has(value)) {
      for (let i = 0; i < value.length; i += BATCH) yield `${i ? ',' : ''}\n${inner}${elements(value.slice(i, i + BATCH), inner)}`;
      yield `\n${indent}]`;
      return;
    }
    // runs of elements that need no walking go out a batch at a time
    let i = 0;
    while (i < value.length) {
      const sep = `${i ? ',' : ''}\n${inner}`;
      const v: unknown = value[i];
      if (!skipped(v) && worthWalking(v, depth - 1)) {
        yield sep;
        yield* jsonChunks(v, inner, depth - 1, flat);
        i++;
        continue;
      }
      let end = i + 1;
      while (end < value.length && end - i < BATCH && (skipped(value[end]) || !worthWalking(value[end], depth - 1))) end++;
      yield sep + elements(value.slice(i, end), inner);
      i = end;
    }
    yield `\n${indent}]`;
    return;
  }
  let first = true;
  for (const [k, v] of Object.entries(value)) {
    if (skipped(v)) continue;
    const head = `${first ? '{' : ','}\n${inner}${JSON.stringify(k)}: `;
    first = false;
    if (worthWalking(v, depth - 1)) {
      yield head;
      yield* jsonChunks(v, inner, depth - 1, flat);
    } else yield head + whole(v, inner);
  }
  yield first ? '{}' : `\n${indent}}`;
}
