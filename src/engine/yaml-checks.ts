// Declarative checks, in the spirit of kube-bench's test items, so an operator can add a rule
// without TypeScript. Everything is validated at load time: an unknown operator, a bad regex,
// a missing field is a usage error naming the file (exit 2), never a silent false at run time.
import { readFileSync } from 'node:fs';
import { formatMessage, type Check, type CheckOutcome, type MessageData } from './check.js';
import { UsageError, errorMessage } from './errors.js';
import type { ResourceRef, SourceLocation } from './types.js';
import { PILLARS, SEVERITIES, STAGES, TARGET_KINDS, type Pillar, type Severity, type Stage, type TargetKind } from './types.js';
import { yamlPackage } from './lazy.js';

export const YAML_OPS = ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'in', 'regex', 'contains', 'exists', 'bitmask'] as const;
export type YamlOp = (typeof YAML_OPS)[number];

export interface TestItem {
  path: string;
  op: YamlOp;
  value?: unknown;
}

interface CompiledItem extends TestItem {
  test(actual: unknown, present: boolean): boolean;
  describe: string;
}

/** Read a dotted path ("a.b.0.c"); keys with dots can be quoted with brackets: a["x.y"]. */
export function getPath(root: unknown, path: string): { present: boolean; value: unknown } {
  if (path === '' || path === '.') return { present: root !== undefined, value: root };
  const parts: string[] = [];
  const re = /\[(?:"([^"]*)"|'([^']*)'|(\d+))\]|([^.[\]]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path))) parts.push(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
  let cur: unknown = root;
  for (const p of parts) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, p)) return { present: false, value: undefined };
    cur = (cur as Record<string, unknown>)[p];
  }
  return { present: cur !== undefined, value: cur };
}

const asNumber = (v: unknown): number => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN);
const asText = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));
const isPrimitive = (v: unknown): boolean => v === null || (typeof v !== 'object' && typeof v !== 'function');
// Loose equality the way YAML authors expect ("false" matches false, "5" matches 5), but two
// different objects never compare equal through String() ("[object Object]").
const same = (a: unknown, b: unknown): boolean =>
  a === b || asText(a) === asText(b) || (isPrimitive(a) && isPrimitive(b) && String(a) === String(b));
const OCTAL = /^0?[0-7]{1,4}$/;
const ITEM_FIELDS = new Set(['path', 'op', 'value']);

/** The closed set of operators, in one function (kube-bench's compareOp, minus its silent default). */
export function compileItem(item: TestItem, where: string): CompiledItem {
  const { op, value, path } = item;
  const fail = (msg: string): never => {
    throw new UsageError(`${where}: ${msg}`);
  };
  if (typeof path !== 'string') fail('test item needs a string "path"');
  for (const k of Object.keys(item)) if (!ITEM_FIELDS.has(k)) fail(`unknown field "${k}" (expected path, op, value)`);
  if (typeof op !== 'string') fail(`"op" must be one of ${YAML_OPS.join(', ')}`);
  const needValue = op !== 'exists';
  if (needValue && value === undefined) fail(`operator ${op} needs a "value"`);
  let test: (actual: unknown, present: boolean) => boolean;
  switch (op) {
    case 'eq':
      test = (a, p) => p && same(a, value);
      break;
    case 'neq':
      test = (a, p) => !p || !same(a, value);
      break;
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte': {
      const want = asNumber(value);
      if (Number.isNaN(want)) fail(`operator ${op} needs a numeric value, got ${asText(value)}`);
      test = (a, p) => {
        const n = asNumber(a);
        if (!p || Number.isNaN(n)) return false;
        return op === 'lt' ? n < want : op === 'lte' ? n <= want : op === 'gt' ? n > want : n >= want;
      };
      break;
    }
    case 'in': {
      if (!Array.isArray(value)) fail('operator in needs a list value');
      const list = value as unknown[];
      test = (a, p) => p && list.some((v) => same(a, v));
      break;
    }
    case 'regex': {
      let re: RegExp;
      if (typeof value !== 'string') fail(`operator regex needs a string value, got ${asText(value)}`);
      try {
        re = new RegExp(String(value));
      } catch (err) {
        return fail(`bad regex ${asText(value)}: ${errorMessage(err)}`);
      }
      test = (a, p) => p && re.test(typeof a === 'string' ? a : asText(a));
      break;
    }
    case 'contains':
      test = (a, p) => {
        if (!p) return false;
        if (Array.isArray(a)) return a.some((x) => same(x, value));
        if (typeof a === 'string') return a.includes(String(value));
        // a mapping "contains" a key (e.g. a set of enabled admission plugins keyed by name)
        if (a !== null && typeof a === 'object') return Object.prototype.hasOwnProperty.call(a, String(value));
        return false;
      };
      break;
    case 'exists':
      if (value !== undefined && typeof value !== 'boolean') fail(`operator exists takes no value, or true/false, got ${asText(value)}`);
      test = (_a, p) => (value === false ? !p : p);
      break;
    case 'bitmask': {
      // kube-bench's bitmask: the actual octal mode grants nothing beyond the expected mode.
      // the expected mode is octal text ("0644", or 644 as YAML reads it); partial parses are refused
      if (!OCTAL.test(String(value))) fail(`operator bitmask needs an octal mode such as "0644", got ${asText(value)}`);
      const want = parseInt(String(value), 8);
      test = (a, p) => {
        // an actual number is the mode itself (stat's st_mode bits); actual text is octal
        const n = typeof a === 'number' && Number.isInteger(a) && a >= 0 ? a & 0o7777 : typeof a === 'string' && OCTAL.test(a) ? parseInt(a, 8) : NaN;
        return p && !Number.isNaN(n) && (n & ~want) === 0;
      };
      break;
    }
    default:
      return fail(`unknown operator "${String(op)}" (expected one of ${YAML_OPS.join(', ')})`);
  }
  return { path, op, value, test, describe: `${path} ${op}${value !== undefined ? ` ${asText(value)}` : ''}` };
}

function need<T>(doc: Record<string, unknown>, key: string, where: string, ok: (v: unknown) => v is T, what: string): T {
  const v = doc[key];
  if (!ok(v)) throw new UsageError(`${where}: "${key}" must be ${what}`);
  return v;
}
const DOC_FIELDS = new Set(['id', 'title', 'rationale', 'severity', 'pillar', 'function', 'stage', 'targetKinds', 'fact', 'tests', 'references', 'remediation', 'cis', 'aliases', 'message', 'resource']);
const isStr = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isStrList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const oneOf =
  <T extends string>(list: readonly T[]) =>
  (v: unknown): v is T =>
    typeof v === 'string' && (list as readonly string[]).includes(v);

/** Turn one parsed YAML document into a check. */
export function compileYamlCheck(raw: unknown, where: string): Check {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new UsageError(`${where}: a YAML check must be a mapping`);
  const doc = raw as Record<string, unknown>;
  for (const k of Object.keys(doc)) if (!DOC_FIELDS.has(k)) throw new UsageError(`${where}: unknown field "${k}"`);
  const id = need(doc, 'id', where, isStr, 'a non-empty string');
  if (!/^[a-z0-9][a-z0-9_.-]*$/i.test(id)) throw new UsageError(`${where}: id "${id}" must be dotted words`);
  const title = need(doc, 'title', where, isStr, 'a non-empty string');
  const severity = need<Severity>(doc, 'severity', where, oneOf(SEVERITIES), `one of ${SEVERITIES.join(', ')}`);
  const pillar = need<Pillar>(doc, 'pillar', where, oneOf(PILLARS), `one of ${PILLARS.join(', ')}`);
  const stage = doc.stage === undefined ? 'initial' : need<Stage>(doc, 'stage', where, oneOf(STAGES), `one of ${STAGES.join(', ')}`);
  const kinds = need(doc, 'targetKinds', where, isStrList, 'a list of target kinds');
  if (kinds.length === 0) throw new UsageError(`${where}: "targetKinds" must name at least one target kind`);
  for (const k of kinds) if (!oneOf(TARGET_KINDS)(k)) throw new UsageError(`${where}: unknown target kind "${k}"`);
  const fact = need(doc, 'fact', where, isStr, 'a fact key');
  const remediation = need(doc, 'remediation', where, isStr, 'a non-empty string');
  const references = doc.references === undefined ? [] : need(doc, 'references', where, isStrList, 'a list of strings');
  const tests = doc.tests as { binOp?: unknown; items?: unknown } | undefined;
  if (!tests || typeof tests !== 'object' || !Array.isArray(tests.items) || tests.items.length === 0) {
    throw new UsageError(`${where}: "tests.items" must be a non-empty list`);
  }
  for (const k of Object.keys(tests)) if (k !== 'binOp' && k !== 'items') throw new UsageError(`${where}: unknown field "tests.${k}"`);
  const binOp = tests.binOp ?? 'and';
  if (binOp !== 'and' && binOp !== 'or') throw new UsageError(`${where}: tests.binOp must be "and" or "or"`);
  const items = tests.items.map((it, i) => {
    if (!it || typeof it !== 'object') throw new UsageError(`${where}: tests.items[${i}] must be a mapping`);
    return compileItem(it as TestItem, `${where}: tests.items[${i}]`);
  });
  const cis = doc.cis === undefined ? undefined : need(doc, 'cis', where, isStrList, 'a list of strings');
  const aliases = doc.aliases === undefined ? undefined : need(doc, 'aliases', where, isStrList, 'a list of strings');
  const message = compileMessage(doc.message, items, where);
  // a user's check without `message` still says which expectation was not met, in its own words
  const fallback = `not met: ${title}`;
  const fixedResource = doc.resource === undefined ? undefined : compileResource(doc.resource, where);
  for (const k of ['function', 'rationale'] as const) {
    if (doc[k] !== undefined && !isStr(doc[k])) throw new UsageError(`${where}: "${k}" must be a non-empty string`);
  }

  return {
    meta: {
      id,
      title,
      severity,
      pillar,
      stage,
      targetKinds: kinds as TargetKind[],
      facts: [fact],
      references,
      remediation,
      messages: { failed: message ?? fallback, passed: title },
      ...(isStr(doc.function) ? { function: doc.function } : {}),
      ...(isStr(doc.rationale) ? { rationale: doc.rationale } : {}),
      ...(cis ? { cis } : {}),
      ...(aliases ? { aliases } : {}),
    },
    evaluate(facts): CheckOutcome {
      const root = (facts as Record<string, unknown>)[fact];
      const verdicts = items.map((it) => {
        const { present, value } = getPath(root, it.path);
        return { it, ok: it.test(value, present), actual: present ? asText(value) : '(absent)', shown: present ? asText(value) : NOT_SET };
      });
      const passed = binOp === 'and' ? verdicts.every((v) => v.ok) : verdicts.some((v) => v.ok);
      const expected = verdicts.map((v) => v.it.describe).join(` ${binOp} `);
      const found = verdicts.map((v) => `${v.it.path}=${v.actual}`).join('; ');
      // the message says what is wrong in words; the evidence keeps the raw comparison
      const evidence = passed ? `matched ${expected}; found ${found}` : `expected ${expected}; found ${found}`;
      const location = locate(root);
      const resource = fixedResource ?? resourceOf(root);
      const where = { ...(location ? { location } : {}), ...(resource ? { resource } : {}) };
      if (passed) return { status: 'pass', messageId: 'passed', message: title, evidence, ...where };
      const data = messageData(verdicts.map((v) => v.shown));
      return { status: 'fail', messageId: 'failed', message: message ? formatMessage(message, data) : fallback, evidence, ...where };
    },
    file: where,
  };
}

/** How an absent value reads in a message: "--profiling is not set". */
const NOT_SET = 'not set';
/** `{{found}}` is the first test item's value, `{{found1}}`..`{{foundN}}` each item's, in order. */
const messageData = (shown: readonly string[]): MessageData =>
  Object.fromEntries([['found', shown[0] ?? NOT_SET], ...shown.map((v, i) => [`found${i + 1}`, v])]);

/**
 * A check's `message`: the failure in words, kube-bench style ("--authorization-mode includes
 * AlwaysAllow"). Only the placeholders above may appear, so a message never prints `{{`.
 */
function compileMessage(raw: unknown, items: readonly CompiledItem[], where: string): string | undefined {
  if (raw === undefined) return undefined;
  if (!isStr(raw)) throw new UsageError(`${where}: "message" must be a non-empty string`);
  const known = new Set(Object.keys(messageData(items.map(() => ''))));
  const rest = formatMessage(raw, Object.fromEntries([...known].map((k) => [k, ''])));
  const bad = /\{\{\s*(\w*)\s*\}\}|\{\{|\}\}/.exec(rest);
  if (bad) throw new UsageError(`${where}: "message" has an unknown placeholder ${bad[0]} (expected one of ${[...known].map((k) => `{{${k}}}`).join(', ')})`);
  return raw;
}

/** A fixed `resource: {kind, name, namespace?}` for checks whose fact names none (a sysctl key). */
function compileResource(raw: unknown, where: string): ResourceRef {
  const r = raw as Record<string, unknown> | null;
  if (!r || typeof r !== 'object' || !isStr(r.kind) || !isStr(r.name) || (r.namespace !== undefined && !isStr(r.namespace))) {
    throw new UsageError(`${where}: "resource" must be a mapping with string "kind" and "name" (and optionally "namespace")`);
  }
  for (const k of Object.keys(r)) if (!['kind', 'name', 'namespace'].includes(k)) throw new UsageError(`${where}: unknown field "resource.${k}"`);
  return { kind: r.kind, name: r.name, ...(isStr(r.namespace) ? { namespace: r.namespace } : {}) };
}

/** The static pod a control-plane component's flags were read from (its first instance). */
function resourceOf(root: unknown): ResourceRef | undefined {
  const { value } = getPath(root, 'instances.0.pod');
  const pod = value as { namespace?: unknown; name?: unknown } | undefined;
  if (!pod || typeof pod !== 'object' || typeof pod.name !== 'string') return undefined;
  return { kind: 'Pod', name: pod.name, ...(typeof pod.namespace === 'string' ? { namespace: pod.namespace } : {}) };
}

const isLocation = (v: unknown): v is SourceLocation =>
  !!v && typeof v === 'object' && typeof (v as SourceLocation).file === 'string' && typeof (v as SourceLocation).line === 'number';

/**
 * Where the fact was read from, when it says so (a manifest's `$source`, a control-plane
 * component's first instance): a YAML check's finding then points at that file and line in SARIF.
 */
function locate(root: unknown): SourceLocation | undefined {
  for (const path of ['location', '$source', 'instances.0.location']) {
    const { value } = getPath(root, path);
    if (isLocation(value)) return value;
  }
  return undefined;
}

export function loadYamlCheckFile(file: string): Check {
  return { ...compileYamlCheck(readYamlCheckRaw(file), file), file };
}

/** A YAML check file as parsed data (what compileYamlCheck takes; the catalogue file keeps it). */
export function readYamlCheckRaw(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${errorMessage(err)}`);
  }
  let raw: unknown;
  try {
    // required on first use: a scan whose built-in YAML checks come parsed from the catalogue file
    // loads no YAML parser at all
    raw = yamlPackage().parse(text, { prettyErrors: false, logLevel: 'error' });
  } catch (err) {
    throw new UsageError(`${file}: invalid YAML: ${errorMessage(err).split('\n')[0]}`);
  }
  return raw;
}
