// JSON.stringify(value, null, 2), byte for byte, as a sequence of chunks: a report with a quarter
// of a million results is never one string (nor one Buffer) in memory. Objects are walked member
// by member and long arrays element by element, down to the long arrays; whatever holds no long
// array (a result, a target, a check) is stringified whole, which is both exact and fast.

/** Arrays at least this long are streamed element by element. */
const LONG = 64;

const skipped = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';
const hasToJson = (v: object): boolean => typeof (v as { toJSON?: unknown }).toJSON === 'function';

/** Worth walking: a long array, or an object that holds one somewhere within `depth` levels. */
function worthWalking(v: unknown, depth: number): v is object {
  if (depth <= 0 || v === null || typeof v !== 'object' || hasToJson(v)) return false;
  if (Array.isArray(v)) return v.length >= LONG;
  for (const k in v) {
    const m = (v as Record<string, unknown>)[k];
    if (m !== null && typeof m === 'object' && worthWalking(m, depth - 1)) return true;
  }
  return false;
}

/** JSON.stringify(value, null, 2) of a value placed at `indent`, whole. */
const whole = (value: unknown, indent: string): string => {
  const s = JSON.stringify(value, null, 2);
  return indent && s.includes('\n') ? s.replace(/\n/g, `\n${indent}`) : s;
};

/**
 * The chunks of `JSON.stringify(value, null, 2)` (the caller adds any trailing newline). `depth`
 * bounds how deep containers are walked; below it values are stringified whole.
 */
export function* jsonChunks(value: unknown, indent = '', depth = 8): Generator<string> {
  if (!worthWalking(value, depth)) {
    yield whole(value, indent);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      const sep = `${i ? ',' : ''}\n${inner}`;
      if (skipped(v)) yield `${sep}null`;
      else if (worthWalking(v, depth - 1)) {
        yield sep;
        yield* jsonChunks(v, inner, depth - 1);
      } else yield sep + whole(v, inner);
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
      yield* jsonChunks(v, inner, depth - 1);
    } else yield head + whole(v, inner);
  }
  yield first ? '{}' : `\n${indent}}`;
}
