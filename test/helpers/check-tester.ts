// RuleTester-style helper: each check's tests are a table of fact inputs and expected statuses.
// Facts are deep-frozen, so a check that mutates its input fails; every messageId a case names
// must exist in the check's meta.messages; an `error` row feeds an uncollected fact.
import { describe, expect, it } from 'vitest';
import type { Check } from '../../src/engine/check.js';
import { evaluateCheck } from '../../src/engine/evaluate.js';
import type { TargetFacts } from '../../src/engine/facts.js';
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

export const checkTester = {
  run(check: Check, table: CheckTable): void {
    describe(check.meta.id, () => {
      for (const [group, cases] of Object.entries(table) as [keyof CheckTable, (Case | FactInput)[]][]) {
        const want = STATUS_OF[group];
        if (!want) throw new Error(`unknown table group ${group}`);
        cases.forEach((raw, i) => {
          const c = asCase(raw);
          it(`${group} #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
            if (c.messageId !== undefined) {
              expect(Object.keys(check.meta.messages), `unknown messageId ${c.messageId}`).toContain(c.messageId);
            }
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
          });
        });
      }
    });
  },
};
