// `checks list` and `checks show` read dist/catalogue.json (written after the build) instead of
// importing every check, and print exactly what loading the checks prints (a scan's YAML checks,
// compiled from the catalogue's parsed data, give the same results too); a catalogue that no
// longer matches the check files (edited without rebuilding it) is ignored. Run on a copy of the
// built package, so the shared dist/ is never touched.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fx, repoRoot } from './helpers.js';

let pkg: string;
const run = (...args: string[]) => spawnSync(process.execPath, [join(pkg, 'bin/ztaudit.js'), ...args], { cwd: pkg, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } });
// a scan runs the built-in YAML checks too: from the catalogue's parsed data or from their files
const scanResults = (): unknown => {
  const r = run('scan', '--facts', fx('golden-reports', 'cluster-facts.json'), '-f', 'json');
  expect(r.status, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { results: unknown }).results;
};
const listings = (): unknown[] =>
  [['checks', 'list'], ['checks', 'list', '--json'], ['checks', 'list', '--kind', 'kubernetes'], ['checks', 'show', 'k8s.workload.privileged'], ['checks', 'list', '--checks', fx('packs', 'libvirt-site')]].map((a) => {
    const r = run(...a);
    expect(r.status, `${a.join(' ')}: ${r.stderr}`).toBe(0);
    return r.stdout as unknown;
  }).concat([scanResults()]);

beforeAll(() => {
  pkg = mkdtempSync(join(tmpdir(), 'zt-catalogue-'));
  for (const p of ['bin', 'dist', 'checks', 'package.json']) cpSync(join(repoRoot, p), join(pkg, p), { recursive: true });
  symlinkSync(join(repoRoot, 'node_modules'), join(pkg, 'node_modules'));
  const cat = join(pkg, 'dist/catalogue.json');
  if (existsSync(cat)) unlinkSync(cat);
});
afterAll(() => rmSync(pkg, { recursive: true, force: true }));

describe('the catalogue file', () => {
  it('lists exactly what loading every check lists, and goes stale when a check changes', () => {
    const loaded = listings();
    const w = spawnSync(process.execPath, [join(pkg, 'dist/src/cli/write-catalogue.js')], { cwd: pkg, encoding: 'utf8' });
    expect(w.status, w.stderr).toBe(0);
    expect(w.stdout).toMatch(/wrote .*catalogue\.json: \d+ checks/);
    expect(listings()).toEqual(loaded);

    // a check edited after the catalogue was written: its new metadata shows, not the stale one
    const file = join(pkg, 'dist/checks/kubernetes/k8s.workload.privileged.js');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/severity: '[a-z]+'/, "severity: 'low'"));
    const edited = run('checks', 'list', '--json');
    const privileged = (JSON.parse(edited.stdout) as { id: string; severity: string }[]).find((c) => c.id === 'k8s.workload.privileged');
    expect(privileged?.severity).toBe('low');
  });
});
