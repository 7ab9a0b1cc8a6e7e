// Facts snapshots (`collect -o`, `--save-facts`, `scan --facts`): plain JSON, validated strictly
// on the way in, since a snapshot may come from anywhere. A bad one is one UsageError line.
import { readFileSync } from 'node:fs';
import { UsageError, errorMessage } from './errors.js';
import type { FactsSnapshot, TargetFacts } from './facts.js';
import { TARGET_KINDS, type Outcome, type TargetRef } from './types.js';

const TARGET_STATUSES = ['ok', 'partial', 'unreachable', 'skipped'] as const;

export function makeSnapshot(targets: TargetFacts[], version: string, collectedAt: string): FactsSnapshot {
  return { kind: 'ztaudit-facts', schemaVersion: '1', tool: { name: 'ztaudit', version }, collectedAt, targets };
}

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';

class Bad extends Error {}
const bad = (msg: string): never => {
  throw new Bad(msg);
};

function checkOutcome(v: unknown, where: string): Outcome<unknown> {
  if (!isObj(v) || typeof v.ok !== 'boolean') return bad(`${where}: must be {ok: true, value} or {ok: false, reason}`);
  if (v.ok) {
    if (!('value' in v)) bad(`${where}: ok fact without "value"`);
    return { ok: true, value: v.value };
  }
  if (!isStr(v.reason)) bad(`${where}: failed fact without a string "reason"`);
  if (v.notApplicable !== undefined && typeof v.notApplicable !== 'boolean') bad(`${where}.notApplicable: must be a boolean`);
  return { ok: false, reason: v.reason as string, ...(v.notApplicable === true ? { notApplicable: true } : {}) };
}

function checkTargetRef(v: unknown, where: string): TargetRef {
  if (!isObj(v)) return bad(`${where}: must be an object`);
  if (!isStr(v.id) || v.id === '') bad(`${where}.id: must be a non-empty string`);
  if (!(TARGET_KINDS as readonly unknown[]).includes(v.kind)) bad(`${where}.kind: must be one of ${TARGET_KINDS.join(', ')}`);
  if (!isStr(v.name)) bad(`${where}.name: must be a string`);
  if (v.address !== undefined && !isStr(v.address)) bad(`${where}.address: must be a string`);
  if (v.labels !== undefined && (!isObj(v.labels) || !Object.values(v.labels).every(isStr))) bad(`${where}.labels: must map strings to strings`);
  return {
    id: v.id as string,
    kind: v.kind as TargetRef['kind'],
    name: v.name as string,
    ...(v.address !== undefined ? { address: v.address as string } : {}),
    ...(v.labels !== undefined ? { labels: { ...(v.labels as Record<string, string>) } } : {}),
  };
}

function checkTarget(v: unknown, where: string): TargetFacts {
  if (!isObj(v)) return bad(`${where}: must be an object`);
  const target = checkTargetRef(v.target, `${where}.target`);
  if (!(TARGET_STATUSES as readonly unknown[]).includes(v.status)) bad(`${where}.status: must be one of ${TARGET_STATUSES.join(', ')}`);
  if (v.error !== undefined && !isStr(v.error)) bad(`${where}.error: must be a string`);
  if (typeof v.durationMs !== 'number' || !Number.isFinite(v.durationMs) || v.durationMs < 0) bad(`${where}.durationMs: must be a number >= 0`);
  if (!isObj(v.facts)) bad(`${where}.facts: must be an object`);
  const facts: Record<string, Outcome<unknown>> = {};
  for (const [k, f] of Object.entries(v.facts as Record<string, unknown>)) {
    // defineProperty, not assignment: a key named "__proto__" must stay a plain key
    Object.defineProperty(facts, k, { value: checkOutcome(f, `${where}.facts["${k}"]`), enumerable: true, writable: true, configurable: true });
  }
  return {
    target,
    status: v.status as TargetFacts['status'],
    ...(v.error !== undefined ? { error: v.error as string } : {}),
    durationMs: v.durationMs as number,
    facts,
  };
}

/** Validate a parsed snapshot; throws UsageError("facts FILE: PATH: problem"). */
export function validateSnapshot(raw: unknown, file: string): FactsSnapshot {
  try {
    if (!isObj(raw)) bad('not a facts snapshot (expected a JSON object)');
    const doc = raw as Record<string, unknown>;
    if (doc.kind !== 'ztaudit-facts') bad('not a facts snapshot (kind must be "ztaudit-facts")');
    if (doc.schemaVersion !== '1') bad(`unsupported schemaVersion ${JSON.stringify(doc.schemaVersion)} (expected "1")`);
    if (!isObj(doc.tool) || !isStr(doc.tool.version)) bad('tool.version: must be a string');
    if (!isStr(doc.collectedAt)) bad('collectedAt: must be a string');
    if (!Array.isArray(doc.targets)) bad('targets: must be a list');
    const targets = (doc.targets as unknown[]).map((t, i) => checkTarget(t, `targets[${i}]`));
    const ids = new Set<string>();
    for (const t of targets) {
      if (ids.has(t.target.id)) bad(`duplicate target ${t.target.id}`);
      ids.add(t.target.id);
    }
    return makeSnapshot(targets, (doc.tool as { version: string }).version, doc.collectedAt as string);
  } catch (err) {
    if (err instanceof Bad) throw new UsageError(`facts ${file}: ${err.message}`);
    throw err;
  }
}

export function parseSnapshot(text: string, file: string): FactsSnapshot {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`facts ${file}: malformed JSON: ${errorMessage(err).split('\n')[0]}`);
  }
  return validateSnapshot(raw, file);
}

export function loadSnapshot(file: string): FactsSnapshot {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read facts ${file}: ${(err as NodeJS.ErrnoException).code ?? errorMessage(err)}`);
  }
  return parseSnapshot(text, file);
}
