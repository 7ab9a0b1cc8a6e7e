// Kubernetes label selectors (matchLabels AND matchExpressions), compiled once and validated:
// a malformed selector is a reason string, never a selector that silently matches nothing.

export type Labels = Readonly<Record<string, string>>;
export type LabelPredicate = (labels: Labels) => boolean;

const OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'] as const;

export type SelectorParse = { ok: true; match: LabelPredicate; key: string; empty: boolean } | { ok: false; reason: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `undefined` or `{}` selects everything; `null` is treated as absent by the caller. */
export function compileSelector(sel: unknown, where: string): SelectorParse {
  if (sel === undefined || sel === null) return { ok: true, match: () => true, key: '{}', empty: true };
  if (!isRecord(sel)) return { ok: false, reason: `${where}: a label selector must be an object` };
  const tests: LabelPredicate[] = [];
  const keyParts: string[] = [];
  const ml = sel.matchLabels;
  if (ml !== undefined && ml !== null) {
    if (!isRecord(ml)) return { ok: false, reason: `${where}.matchLabels must be a map` };
    for (const k of Object.keys(ml).sort()) {
      const v = ml[k];
      const want = v === null || v === undefined ? '' : String(v);
      tests.push((l) => l[k] === want);
      keyParts.push(`${k}=${want}`);
    }
  }
  const me = sel.matchExpressions;
  if (me !== undefined && me !== null) {
    if (!Array.isArray(me)) return { ok: false, reason: `${where}.matchExpressions must be a list` };
    for (let i = 0; i < me.length; i++) {
      const e: unknown = me[i];
      const at = `${where}.matchExpressions[${i}]`;
      if (!isRecord(e) || typeof e.key !== 'string' || e.key === '') return { ok: false, reason: `${at}: key is missing` };
      const op = e.operator;
      if (typeof op !== 'string' || !(OPERATORS as readonly string[]).includes(op)) {
        return { ok: false, reason: `${at}: invalid operator ${JSON.stringify(op)} (expected In, NotIn, Exists or DoesNotExist)` };
      }
      const values = e.values === undefined || e.values === null ? [] : e.values;
      if (!Array.isArray(values)) return { ok: false, reason: `${at}: values must be a list` };
      const set = new Set(values.map(String));
      if ((op === 'In' || op === 'NotIn') && set.size === 0) return { ok: false, reason: `${at}: operator ${op} needs at least one value` };
      if ((op === 'Exists' || op === 'DoesNotExist') && set.size > 0) return { ok: false, reason: `${at}: operator ${op} takes no values` };
      const key = e.key;
      switch (op) {
        case 'In':
          tests.push((l) => l[key] !== undefined && set.has(l[key]!));
          break;
        case 'NotIn':
          tests.push((l) => l[key] === undefined || !set.has(l[key]!));
          break;
        case 'Exists':
          tests.push((l) => l[key] !== undefined);
          break;
        default:
          tests.push((l) => l[key] === undefined);
      }
      keyParts.push(`${key} ${op} ${[...set].sort().join(',')}`);
    }
  }
  const key = `{${keyParts.sort().join(';')}}`;
  if (tests.length === 0) return { ok: true, match: () => true, key, empty: true };
  return { ok: true, match: (l) => tests.every((t) => t(l)), key, empty: false };
}
