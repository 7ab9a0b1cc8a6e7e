// End-to-end: the built CLI (`npm test` compiles to dist/ before vitest runs).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportDiff } from '../../src/report/diff.js';
import { textWriters as writers } from '../report/text-writers.js';
import type { Report } from '../../src/report/model.js';
import { validateReport } from '../../src/report/validate.js';
import { computeScore } from '../../src/scoring/score.js';
import { fixtureReport, fixtureResults, fixtureTargets } from '../report/fixture-report.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const SAMPLE = join(repoRoot, 'fixtures/reports/sample.json');
let dir: string;

function ztaudit(...args: string[]) {
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin/ztaudit.js'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A user error: exit 2, exactly one line on stderr, no stack trace. */
function expectUsageError(r: ReturnType<typeof ztaudit>, re: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(re);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

beforeAll(() => {
  if (!existsSync(join(repoRoot, 'dist/src/cli/report-impl.js'))) execFileSync(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: repoRoot });
  dir = mkdtempSync(join(tmpdir(), 'ztaudit-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ztaudit report', () => {
  it('fixtures/reports/sample.json is the fixture report and valid', () => {
    const text = readFileSync(SAMPLE, 'utf8');
    expect(text).toBe(writers.json(fixtureReport(), { color: false }));
    expect(validateReport(JSON.parse(text)).valid).toBe(true);
  });

  it('re-renders JSON byte for byte into a file', () => {
    const out = join(dir, 'again.json');
    const r = ztaudit('report', SAMPLE, '-f', 'json', '-o', out);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(SAMPLE, 'utf8'));
  });

  it('writes several formats into a folder, each identical to its writer', () => {
    const out = join(dir, 'all');
    const r = ztaudit('report', SAMPLE, '-f', 'sarif,json,junit,markdown,html,table', '-o', out);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['report.html', 'report.json', 'report.md', 'report.sarif', 'report.txt', 'report.xml']);
    const report = JSON.parse(readFileSync(SAMPLE, 'utf8')) as Report;
    const expected: [string, keyof typeof writers][] = [
      ['report.sarif', 'sarif'],
      ['report.xml', 'junit'],
      ['report.md', 'markdown'],
      ['report.html', 'html'],
      ['report.txt', 'table'],
    ];
    for (const [file, format] of expected) expect(readFileSync(join(out, file), 'utf8')).toBe(writers[format](report, { color: false }));
  });

  it('prints one format to stdout; the table has no colour under NO_COLOR', () => {
    const r = ztaudit('report', SAMPLE);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Scores (formulaVersion 1');
    expect(r.stdout.includes('\u001b')).toBe(false);
    expect(ztaudit('report', SAMPLE, '-f', 'sarif').stdout).toBe(writers.sarif(fixtureReport(), { color: false }));
  });

  it('a malformed saved report is exit 2, one line naming the file', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...fixtureReport(), schemaVersion: '7' }));
    expectUsageError(ztaudit('report', bad, '-f', 'sarif'), /bad\.json: not a ztaudit JSON report/);
    const garbage = join(dir, 'garbage.json');
    writeFileSync(garbage, '{"schemaVersion": "1",');
    expectUsageError(ztaudit('report', garbage), /garbage\.json: not valid JSON/);
    expectUsageError(ztaudit('report', join(dir, 'missing.json')), /cannot read report .*missing\.json/);
  });

  it('an unknown format, or several formats with no -o, is exit 2', () => {
    expectUsageError(ztaudit('report', SAMPLE, '-f', 'pdf'), /unknown format pdf/);
    expectUsageError(ztaudit('report', SAMPLE, '-f', 'json,sarif'), /need -o FOLDER/);
  });
});

describe('ztaudit diff', () => {
  it('lists new, fixed and unchanged findings and the score movement; exit 0', () => {
    const newer = fixtureReport({
      results: fixtureResults().filter((r) => r.checkId !== 'linux.ssh.permit-root-login'),
      scan: { id: 'scan-0002', startedAt: '2026-11-24T10:00:00.000Z', finishedAt: '2026-11-24T10:00:01.000Z', durationMs: 1000 },
    });
    const newPath = join(dir, 'new.json');
    writeFileSync(newPath, writers.json(newer, { color: false }));
    const r = ztaudit('diff', SAMPLE, newPath, '-f', 'json');
    expect([r.code, r.stderr]).toEqual([0, '']);
    const d = JSON.parse(r.stdout) as ReportDiff;
    expect(d.findings.fixed.map((f) => `${f.checkId} ${f.targetId}`)).toEqual(['linux.ssh.permit-root-login linux:web1']);
    expect(d.findings.new).toEqual([]);
    expect(d.findings.unchanged).toHaveLength(5);
    expect(d.score.overall).toMatchObject({ old: fixtureReport().score.overall, new: newer.score.overall });
    const text = ztaudit('diff', SAMPLE, newPath);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Fixed findings: 1\n  - high     linux.ssh.permit-root-login  linux:web1  PermitRootLogin is yes');
  });
  it('a malformed report is exit 2', () => {
    const bad = join(dir, 'bad-diff.json');
    writeFileSync(bad, '[]');
    expectUsageError(ztaudit('diff', SAMPLE, bad), /bad-diff\.json: not a ztaudit JSON report/);
  });
});

describe('ztaudit merge', () => {
  it('merges shard reports into one valid report with a recomputed score', () => {
    const all = fixtureResults();
    const shard = (prefix: string, name: string, passed: boolean) => {
      const p = join(dir, name);
      const results = all.filter((r) => r.targetId.startsWith(prefix));
      writeFileSync(p, writers.json(fixtureReport({ results, targets: fixtureTargets.filter((t) => t.id.startsWith(prefix)), gate: { passed, reasons: passed ? [] : [`${name} breached`] } }), { color: false }));
      return p;
    };
    mkdirSync(join(dir, 'merged'), { recursive: true });
    const out = join(dir, 'merged', 'all.json');
    const r = ztaudit('merge', shard('kubernetes', 'a.json', true), shard('linux', 'b.json', false), '-o', out);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
    const merged = JSON.parse(readFileSync(out, 'utf8')) as Report;
    expect(validateReport(merged)).toEqual({ valid: true, errors: [] });
    expect(merged.results).toHaveLength(all.length);
    expect(merged.score).toEqual(computeScore(all, fixtureReport().checks));
    expect(merged.gate).toEqual({ passed: false, reasons: ['b.json breached'] });
  });
  it('a malformed input is exit 2 and nothing is written', () => {
    const bad = join(dir, 'bad-merge.json');
    writeFileSync(bad, JSON.stringify({ ...fixtureReport(), results: [{ checkId: 'x' }] }));
    const out = join(dir, 'never.json');
    expectUsageError(ztaudit('merge', SAMPLE, bad, '-o', out), /bad-merge\.json: not a ztaudit JSON report/);
    expect(existsSync(out)).toBe(false);
  });
});
