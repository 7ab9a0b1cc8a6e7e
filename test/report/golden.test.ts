// Reports byte for byte: every format of three fixture scans (a cluster, a host, a fleet; saved
// facts snapshots, so no path or file mode of the checkout leaks in) must equal the golden files in fixtures/golden-reports/, so changes to how reports are produced
// (streaming, compact results) cost no correctness. Only the scan id, times and durations, which
// differ on every run, are normalised. UPDATE_GOLDEN=1 rewrites the golden files.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fx, ztaudit } from '../cli/helpers.js';

const FORMATS = 'table,json,sarif,junit,markdown,html';
const FILES = ['report.txt', 'report.json', 'report.sarif', 'report.xml', 'report.md', 'report.html'];

const SCANS: Record<string, string[]> = {
  cluster: ['--facts', 'fixtures/golden-reports/cluster-facts.json', '--exceptions', 'fixtures/golden-reports/exceptions.yaml'],
  host: ['--facts', 'fixtures/golden-reports/host-facts.json'],
  fleet: ['--facts', 'fixtures/facts/unreachable.json', '--checks', 'fixtures/packs/basic', '--only', 'fixture.*'],
};

/**
 * What varies per run: the scan id, ISO times, durations (JSON and "N ms"/"N s" in text); and the
 * catalogue digest, which changes with every check added anywhere (merge compares it, not this test).
 */
export const normalise = (text: string): string =>
  text
    .replace(/"catalogue": "sha256:[0-9a-f]{64}"/g, '"catalogue": "sha256:(digest of the selected checks)"')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '00000000-0000-0000-0000-000000000000')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '1970-01-01T00:00:00.000Z')
    .replace(/"durationMs": \d+/g, '"durationMs": 0');

const update = process.env['UPDATE_GOLDEN'] === '1';
const tmp = mkdtempSync(join(tmpdir(), 'zt-golden-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('reports equal the golden files byte for byte', () => {
  for (const [name, args] of Object.entries(SCANS)) {
    it(name, () => {
      const out = join(tmp, name);
      const r = ztaudit(['scan', ...args, '-f', FORMATS, '-o', out]);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect([0, 1, 3]).toContain(r.code);
      expect(readdirSync(out).sort()).toEqual([...FILES].sort());
      const golden = fx('golden-reports', name);
      if (update) mkdirSync(golden, { recursive: true });
      for (const f of FILES) {
        const got = normalise(readFileSync(join(out, f), 'utf8'));
        if (update) writeFileSync(join(golden, f), got);
        expect(got, `${name}/${f}`).toBe(readFileSync(join(golden, f), 'utf8'));
      }
    });
  }
});
