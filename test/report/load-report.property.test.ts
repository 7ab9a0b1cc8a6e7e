// A saved report is untrusted input (`report`, `diff`, `merge`): whatever the file holds, loading
// it ends in a report or one UsageError that names the file, never an uncaught exception.
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/engine/errors.js';
import { loadReport } from '../../src/report/validate.js';

const dir = mkdtempSync(join(tmpdir(), 'zt-load-'));
const sample = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/reports/sample.json'), 'utf8')) as Record<string, unknown>;

async function outcome(text: string): Promise<'report' | 'usage'> {
  const file = join(dir, 'r.json');
  writeFileSync(file, text);
  try {
    await loadReport(file);
    return 'report';
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    const msg = (err as Error).message;
    expect(msg).toContain(file);
    expect(msg).not.toContain('\n');
    return 'usage';
  }
}

describe('loadReport on arbitrary input', () => {
  it('accepts the shipped sample report', async () => {
    expect(await outcome(JSON.stringify(sample))).toBe('report');
  });

  it('arbitrary text or JSON ends in a report or one UsageError', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(fc.string(), fc.json()), async (s) => ['report', 'usage'].includes(await outcome(s))), { numRuns: 200 });
  });

  it('a real report with one field replaced by arbitrary JSON is rejected or accepted, never crashes', async () => {
    const keys = Object.keys(sample);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...keys), fc.jsonValue(), async (key, value) => {
        const result = await outcome(JSON.stringify({ ...sample, [key]: value }));
        return result === 'report' || result === 'usage';
      }),
      { numRuns: 200 },
    );
  });
});
