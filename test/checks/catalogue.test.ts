// The catalogue lints itself (STYLE.md §2, like ESLint's checkRuleFiles and typescript-eslint's
// docs test): every built-in check is named by its id, has its own table test, says how to fix
// it, cites at least one reference, uses valid vocabulary, and no id or alias is used twice.
//
// "Has a table test" is checked by running it, not by reading it: every check's test file
// (test/checks/<domain>/<id>.test.ts) is imported below inside collectCheckTables(), where
// checkTester.run() records its table instead of declaring tests. Each check's rows are then
// executed here, through the same runRow() the test files use, against the check as the real
// registry (loadCatalogue) loads it, TS and YAML alike; at least one `pass` row and one `fail`
// row must hold. Other tests a check's file declares are collected under a skipped suite here
// (they run in their own file).
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Check } from '../../src/engine/check.js';
import { errorMessage } from '../../src/engine/errors.js';
import { loadCatalogue } from '../../src/engine/registry.js';
import { PILLARS, SEVERITIES, STAGES, TARGET_KINDS } from '../../src/engine/types.js';
import { collectCheckTables, runRow, type CheckTable, type RecordedTable } from '../helpers/check-tester.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const checks: Check[] = await loadCatalogue();

const rel = (c: Check): string => relative(repoRoot, c.file ?? '');
const domainOf = (c: Check): string => basename(dirname(c.file ?? ''));
const testFileFor = (c: Check): string => join(repoRoot, 'test', 'checks', domainOf(c), `${c.meta.id}.test.ts`);

describe('the built-in catalogue', () => {
  it('is not empty and every check comes from checks/<domain>/', () => {
    expect(checks.length).toBeGreaterThan(0);
    for (const c of checks) expect(rel(c), c.meta.id).toMatch(/^checks\/[a-z0-9-]+\/[^/]+\.(ts|yaml|yml)$/);
  });

  it('the warn-only exceptions name real checks', () => {
    for (const id of Object.keys(WARN_ONLY)) expect(checks.map((c) => c.meta.id)).toContain(id);
  });

  it('has unique ids and aliases', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const c of checks) {
      for (const id of [c.meta.id, ...(c.meta.aliases ?? [])]) {
        if (seen.has(id)) dupes.push(`${id}: ${rel(c)} and ${seen.get(id)}`);
        else seen.set(id, rel(c));
      }
    }
    expect(dupes).toEqual([]);
  });
});

/**
 * Checks whose worst result is `warn` by design, so no fact can make them `fail`: each needs a
 * held `warn` row in place of the `fail` row. Adding a check here needs a reason.
 */
const WARN_ONLY: Record<string, string> = {
  'k8s.admission.webhook-fail-open': 'failing open is an availability trade-off, not an open door by itself (partial credit)',
  'gpu.advisories.current': 'a stale advisory table is a notice that newer bulletins are not applied; the verdicts it gives still stand (partial credit)',
};

let tables = new Map<string, RecordedTable[]>();
describe.skip('check test files, imported for their row tables (their own tests run in their own files)', async () => {
  tables = await collectCheckTables(async () => {
    for (const c of checks) {
      const file = testFileFor(c);
      if (existsSync(file)) await import(pathToFileURL(file).href);
    }
  });
});

describe.for(checks.map((c) => [c.meta.id, c] as const))('%s', ([id, c]) => {
  it('is named by its id', () => {
    expect(basename(c.file ?? '', extname(c.file ?? ''))).toBe(id);
    expect(id).toMatch(/^[a-z0-9]+(\.[a-z0-9-]+)+$/);
  });

  it('has a table test file test/checks/<domain>/<id>.test.ts whose pass and fail rows hold', () => {
    const file = testFileFor(c);
    expect(existsSync(file), `missing ${relative(repoRoot, file)}`).toBe(true);
    const recorded = tables.get(id) ?? [];
    expect(recorded.length, `${relative(repoRoot, file)} runs no checkTester.run() table for ${id}`).toBeGreaterThan(0);
    const held: Record<keyof CheckTable, number> = { pass: 0, fail: 0, warn: 0, notApplicable: 0, error: 0 };
    const broken: string[] = [];
    for (const { table } of recorded) {
      for (const [group, rows] of Object.entries(table) as [keyof CheckTable, NonNullable<CheckTable[keyof CheckTable]>][]) {
        rows.forEach((row, i) => {
          try {
            runRow(c, group, row);
            held[group]++;
          } catch (err) {
            broken.push(`${group} #${i + 1}: ${errorMessage(err).split('\n')[0]}`);
          }
        });
      }
    }
    expect(broken, 'rows that do not hold against the registry check').toEqual([]);
    expect(held.pass, 'pass rows that ran and held').toBeGreaterThan(0);
    if (WARN_ONLY[id]) expect(held.warn, `warn rows that ran and held (warn-only: ${WARN_ONLY[id]})`).toBeGreaterThan(0);
    else expect(held.fail, 'fail rows that ran and held').toBeGreaterThan(0);
  });

  it('says how to fix it and cites a reference', () => {
    expect(c.meta.remediation.trim()).not.toBe('');
    expect(c.meta.references.length).toBeGreaterThan(0);
    for (const r of c.meta.references) expect(r.trim()).not.toBe('');
    expect(c.meta.title.trim()).not.toBe('');
  });

  it('uses valid severity, pillar, stage and target kinds', () => {
    expect(SEVERITIES).toContain(c.meta.severity);
    expect(PILLARS).toContain(c.meta.pillar);
    expect(STAGES).toContain(c.meta.stage);
    expect(c.meta.targetKinds.length).toBeGreaterThan(0);
    for (const k of c.meta.targetKinds) expect(TARGET_KINDS).toContain(k);
    expect(c.meta.facts.length).toBeGreaterThan(0);
  });

  it('has non-empty messages', () => {
    const messages = Object.entries(c.meta.messages);
    expect(messages.length).toBeGreaterThan(0);
    for (const [key, text] of messages) {
      expect(key.trim()).not.toBe('');
      expect(typeof text === 'string' && text.trim() !== '', `message ${key}`).toBe(true);
    }
  });
});
