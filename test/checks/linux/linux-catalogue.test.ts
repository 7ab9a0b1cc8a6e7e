// The Linux catalogue as a whole: enough checks, named by id, each with its own table test,
// mapped to the pillar of its family and citing a real benchmark or control.
import { existsSync, readdirSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCheckDir } from '../../../src/engine/registry.js';

const repo = resolve(import.meta.dirname, '../../..');
const checks = await loadCheckDir(join(repo, 'checks/linux'), true);

const PILLAR_OF_FAMILY: Record<string, string[]> = {
  ssh: ['identity'],
  accounts: ['identity'],
  sysctl: ['devices', 'networks'],
  files: ['devices'],
  mac: ['devices'],
  coredump: ['devices'],
  secureboot: ['devices'],
  services: ['devices'],
  firewall: ['networks'],
  storage: ['data'],
  audit: ['visibility_analytics'],
  timesync: ['visibility_analytics'],
  updates: ['automation_orchestration'],
};
const REFERENCE = /^(CIS (Debian Linux 12 v1\.1\.0|Distribution Independent Linux v2\.0\.0) \d+(\.\d+)*|NIST SP 800-(53 [A-Z]{2}-\d+(\(\d+\))?|207 tenet \d|63B [\d.]+|52r2|193)|CISA ZTMM v2 \w+|KSPP )/;

describe('linux check catalogue', () => {
  it('has at least 45 checks, including YAML ones', () => {
    expect(checks.length).toBeGreaterThanOrEqual(45);
    expect(checks.filter((c) => c.file?.endsWith('.yaml')).length).toBeGreaterThanOrEqual(1);
    expect(new Set(checks.map((c) => c.meta.id)).size).toBe(checks.length);
  });
  it('covers every family the issue names', () => {
    const families = new Set(checks.map((c) => c.meta.id.split('.')[1]));
    for (const f of Object.keys(PILLAR_OF_FAMILY)) expect(families, f).toContain(f);
  });
  for (const c of checks) {
    describe(c.meta.id, () => {
      it('is named by its id and has a table test', () => {
        expect(basename(c.file ?? '', extname(c.file ?? ''))).toBe(c.meta.id);
        expect(existsSync(join(repo, 'test/checks/linux', `${c.meta.id}.test.ts`))).toBe(true);
      });
      it('maps to its family\'s pillar, a stage and real references', () => {
        const family = c.meta.id.split('.')[1] ?? '';
        expect(PILLAR_OF_FAMILY[family], family).toContain(c.meta.pillar);
        expect(c.meta.stage).toMatch(/^(traditional|initial|advanced|optimal)$/);
        expect(c.meta.references.length).toBeGreaterThan(0);
        for (const ref of c.meta.references) expect(ref).toMatch(REFERENCE);
        expect(c.meta.remediation.trim()).not.toBe('');
        expect(c.meta.targetKinds).toEqual(['linux']);
      });
    });
  }
  it('every test file in this folder belongs to a check (no orphans)', () => {
    const ids = new Set(checks.map((c) => c.meta.id));
    const orphans = readdirSync(join(repo, 'test/checks/linux')).filter((f) => f.startsWith('linux.') && f.endsWith('.test.ts') && !ids.has(f.replace(/\.test\.ts$/, '')));
    expect(orphans).toEqual([]);
  });
});
