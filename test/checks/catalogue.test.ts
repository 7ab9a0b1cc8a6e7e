// The catalogue lints itself (STYLE.md §2, like ESLint's checkRuleFiles and typescript-eslint's
// docs test): every built-in check is named by its id, has its own table test, says how to fix
// it, cites at least one reference, uses valid vocabulary, and no id or alias is used twice.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Check } from '../../src/engine/check.js';
import { loadBuiltinChecks } from '../../src/engine/registry.js';
import { PILLARS, SEVERITIES, STAGES, TARGET_KINDS } from '../../src/engine/types.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const checks: Check[] = await loadBuiltinChecks();

const rel = (c: Check): string => relative(repoRoot, c.file ?? '');
const domainOf = (c: Check): string => basename(dirname(c.file ?? ''));
const testFileFor = (c: Check): string => join(repoRoot, 'test', 'checks', domainOf(c), `${c.meta.id}.test.ts`);

describe('the built-in catalogue', () => {
  it('is not empty and every check comes from checks/<domain>/', () => {
    expect(checks.length).toBeGreaterThan(0);
    for (const c of checks) expect(rel(c), c.meta.id).toMatch(/^checks\/[a-z0-9-]+\/[^/]+\.(ts|yaml|yml)$/);
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

describe.for(checks.map((c) => [c.meta.id, c] as const))('%s', ([id, c]) => {
  it('is named by its id', () => {
    expect(basename(c.file ?? '', extname(c.file ?? ''))).toBe(id);
    expect(id).toMatch(/^[a-z0-9]+(\.[a-z0-9-]+)+$/);
  });

  it('has a table test file test/checks/<domain>/<id>.test.ts that uses checkTester', () => {
    const file = testFileFor(c);
    expect(existsSync(file), `missing ${relative(repoRoot, file)}`).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(/checkTester\.run\(/);
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
