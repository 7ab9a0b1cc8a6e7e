// RuleTester-style helper: each check's tests are a table of fact inputs and expected statuses.
// Facts are deep-frozen, so a check that mutates its input fails; every messageId a case names
// must exist in the check's meta.messages; an `error` row feeds an uncollected fact.
// Every row's facts must be what a collector could have written: the row is wrapped into a facts
// snapshot that must validate against schema/facts.schema.json (each fact an Outcome), and every
// fact key it supplies must be one the check declares in meta.facts.
//
// The catalogue test (test/checks/catalogue.test.ts) reads the tables back: it imports each check's
// test file inside collectCheckTables(), where run() records the table instead of declaring tests,
// and executes the rows itself against the check the registry loads (see runRow).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { Check } from '../../src/engine/check.js';
import { evaluateCheck } from '../../src/engine/evaluate.js';
import type { FactsSnapshot, TargetFacts } from '../../src/engine/facts.js';
import { packageRoot } from '../../src/engine/paths.js';
import type { Outcome, Result, Status } from '../../src/engine/types.js';

/** A fact value, or an explicit Outcome ({ ok:false, reason }) to simulate a collection failure. */
export type FactInput = Record<string, unknown>;

export interface Case {
  facts: FactInput;
  /** expected messageId of the (first non-pass) result */
  messageId?: string;
  /** how many results with this status are expected (default: at least one) */
  count?: number;
  name?: string;
}

export interface CheckTable {
  pass?: (Case | FactInput)[];
  fail?: (Case | FactInput)[];
  warn?: (Case | FactInput)[];
  notApplicable?: (Case | FactInput)[];
  error?: (Case | FactInput)[];
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

const isOutcome = (v: unknown): v is Outcome<unknown> =>
  !!v && typeof v === 'object' && 'ok' in v && typeof (v as { ok: unknown }).ok === 'boolean' &&
  ((v as { ok: boolean }).ok ? 'value' in v : 'reason' in v) && Object.keys(v).length <= 3;

/** Build a one-target snapshot from plain fact values (wrapped as ok) or explicit Outcomes. */
export function targetWith(facts: FactInput, kind: TargetFacts['target']['kind'] = 'linux'): TargetFacts {
  const wrapped: Record<string, Outcome<unknown>> = {};
  for (const [k, v] of Object.entries(facts)) wrapped[k] = isOutcome(v) ? v : { ok: true, value: v };
  return deepFreeze({ target: { id: `${kind}:test`, kind, name: 'test' }, status: 'ok', durationMs: 0, facts: wrapped });
}

export function runCheck(check: Check, facts: FactInput): Result[] {
  return evaluateCheck(check, targetWith(facts, check.meta.targetKinds[0]));
}

const STATUS_OF: Record<keyof CheckTable, Status> = {
  pass: 'pass',
  fail: 'fail',
  warn: 'warn',
  notApplicable: 'not_applicable',
  error: 'error',
};

const asCase = (c: Case | FactInput): Case =>
  'facts' in c && typeof c.facts === 'object' && c.facts !== null && Object.keys(c).every((k) => ['facts', 'messageId', 'count', 'name'].includes(k))
    ? (c as Case)
    : { facts: c as FactInput };

let factsValidator: ValidateFunction | undefined;

/** The row's facts as a one-target snapshot must validate against schema/facts.schema.json. */
export function expectValidFacts(check: Check, facts: FactInput): void {
  factsValidator ??= new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(join(packageRoot, 'schema', 'facts.schema.json'), 'utf8')) as object);
  const snapshot: FactsSnapshot = {
    kind: 'ztaudit-facts',
    schemaVersion: '1',
    tool: { name: 'ztaudit', version: '0.0.0' },
    collectedAt: '2026-01-01T00:00:00.000Z',
    targets: [targetWith(facts, check.meta.targetKinds[0])],
  };
  // a value shaped almost like an Outcome ({ok: false} without a reason...) is a mistyped Outcome, not a value
  for (const [k, v] of Object.entries(facts)) {
    const looksLikeOutcome = !!v && typeof v === 'object' && !Array.isArray(v) && typeof (v as { ok?: unknown }).ok === 'boolean' && Object.keys(v).every((x) => ['ok', 'value', 'reason', 'notApplicable'].includes(x));
    expect(!looksLikeOutcome || isOutcome(v), `fact ${k}: ${JSON.stringify(v)} is neither an Outcome {ok:true,value} / {ok:false,reason} nor a plain value`).toBe(true);
  }
  const valid = factsValidator(snapshot);
  const errors = (factsValidator.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`).join('; ');
  expect(valid, `facts do not fit schema/facts.schema.json: ${errors}`).toBe(true);
  const declared = new Set(check.meta.facts);
  const undeclared = Object.keys(facts).filter((k) => !declared.has(k));
  expect(undeclared, `fact keys not in meta.facts (${check.meta.facts.join(', ')})`).toEqual([]);
}

/** Run one row and assert it: the statuses the check returns, the count and the messageId. */
export function runRow(check: Check, group: keyof CheckTable, raw: Case | FactInput): Result[] {
  const want = STATUS_OF[group];
  if (!want) throw new Error(`unknown table group ${group}`);
  const c = asCase(raw);
  if (c.messageId !== undefined) {
    expect(Object.keys(check.meta.messages), `unknown messageId ${c.messageId}`).toContain(c.messageId);
  }
  expectValidFacts(check, c.facts);
  const results = runCheck(check, c.facts);
  const statuses = results.map((r) => r.status);
  if (want === 'pass' || want === 'not_applicable') {
    // every result must have the wanted status: one failing resource is not a pass
    expect(statuses.every((s) => s === want), `statuses ${statuses.join(',')}: ${results.map((r) => r.message).join(' | ')}`).toBe(true);
  } else {
    expect(statuses, results.map((r) => r.message).join(' | ')).toContain(want);
  }
  const matching = results.filter((r) => r.status === want);
  if (c.count !== undefined) expect(matching.length).toBe(c.count);
  if (c.messageId !== undefined) expect(matching.map((r) => r.messageId)).toContain(c.messageId);
  return results;
}

/** A table as a test file declared it, for the catalogue test. */
export interface RecordedTable {
  check: Check;
  table: CheckTable;
}

let recording: Map<string, RecordedTable[]> | undefined;

/**
 * Import check test files with `load` and return the tables their checkTester.run() calls passed,
 * by check id. While `load` runs, run() records instead of declaring tests (other tests the files
 * declare land wherever `load` runs: call it inside a describe.skip).
 */
export async function collectCheckTables(load: () => Promise<void>): Promise<Map<string, RecordedTable[]>> {
  const tables = new Map<string, RecordedTable[]>();
  recording = tables;
  try {
    await load();
  } finally {
    recording = undefined;
  }
  return tables;
}

export const checkTester = {
  run(check: Check, table: CheckTable): void {
    if (recording) {
      recording.set(check.meta.id, [...(recording.get(check.meta.id) ?? []), { check, table }]);
      return;
    }
    describe(check.meta.id, () => {
      for (const [group, cases] of Object.entries(table) as [keyof CheckTable, (Case | FactInput)[]][]) {
        if (!STATUS_OF[group]) throw new Error(`unknown table group ${group}`);
        cases.forEach((raw, i) => {
          const c = asCase(raw);
          it(`${group} #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
            runRow(check, group, raw);
          });
        });
      }
    });
  },
};
