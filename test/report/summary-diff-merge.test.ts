import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/engine/errors.js';
import type { Result } from '../../src/engine/types.js';
import { diffReports, renderDiffText } from '../../src/report/diff.js';
import { mergeReports } from '../../src/report/merge.js';
import { summarize } from '../../src/report/summary.js';
import { loadReport, validateReport } from '../../src/report/validate.js';
import { writeFileAtomic } from '../../src/report/write.js';
import { computeScore } from '../../src/scoring/score.js';
import { fixtureChecks, fixtureReport, fixtureResults, fixtureTargets, result } from './fixture-report.js';

const dir = mkdtempSync(join(tmpdir(), 'ztaudit-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('summarize', () => {
  it('counts statuses, accepted risks and open failures by severity', () => {
    expect(summarize(fixtureResults())).toEqual({
      total: 13,
      pass: 1,
      fail: 6,
      warn: 1,
      error: 4,
      notApplicable: 1,
      excepted: 1,
      failing: { critical: 1, high: 2, medium: 1, low: 1 },
    });
  });
  it('adds new/absent only when results carry a baseline state', () => {
    const rs = fixtureResults().map((r, i): Result => ({ ...r, baselineState: i === 0 ? 'new' : i === 1 ? 'absent' : 'unchanged' }));
    expect(summarize(rs)).toMatchObject({ new: 1, absent: 1 });
    expect(summarize([])).not.toHaveProperty('new');
  });
});

describe('diffReports', () => {
  const before = fixtureReport();
  const results = fixtureResults()
    .filter((r) => r.checkId !== 'linux.ssh.permit-root-login') // fixed on web1
    .map((r) => (r.checkId === 'linux.audit.auditd-enabled' && r.targetId === 'linux:web1' ? { ...r, status: 'error' as const } : r));
  results.push(result('linux.fs.tmp-noexec', 'linux:web1', 'fail', { message: 'tmp is exec' }));
  const after = fixtureReport({ results: results.filter((r) => !(r.checkId === 'linux.fs.tmp-noexec' && r.targetId === 'linux:web1' && r.status === 'error')), scan: { id: 'scan-0002', startedAt: '2026-11-24T10:00:00.000Z', finishedAt: '2026-11-24T10:00:01.000Z', durationMs: 1000 } });
  it('classifies failing findings by fingerprint', () => {
    const d = diffReports(before, after);
    expect(d.findings.new.map((f) => f.checkId)).toEqual(['linux.fs.tmp-noexec']);
    expect(d.findings.fixed.map((f) => f.checkId)).toEqual(['linux.ssh.permit-root-login']);
    expect(d.findings.unassessed.map((f) => f.checkId)).toEqual(['linux.audit.auditd-enabled']);
    expect(d.findings.unchanged.map((f) => f.checkId)).toEqual([
      'k8s.rbac.cluster-admin-binding',
      'k8s.workload.privileged',
      'k8s.netpol.default-deny-ingress',
      'k8s.workload.privileged',
    ]);
  });
  it('reports score movement overall and per pillar', () => {
    const d = diffReports(before, after);
    expect(d.score.overall.old).toBe(before.score.overall);
    expect(d.score.overall.new).toBe(after.score.overall);
    expect(d.score.overall.delta).toBe(Math.round((after.score.overall! - before.score.overall!) * 10) / 10);
    expect(d.score.pillars.data).toMatchObject({ old: null, new: null, delta: null });
    const text = renderDiffText(d);
    expect(text).toContain('New findings: 1');
    expect(text).toContain('Fixed findings: 1');
    expect(text).toContain('Unchanged findings: 4');
  });
  it('an identical pair has nothing new or fixed and zero movement', () => {
    const d = diffReports(before, before);
    expect([d.findings.new.length, d.findings.fixed.length, d.findings.unassessed.length]).toEqual([0, 0, 0]);
    expect(d.score.overall.delta).toBe(0);
  });
});

describe('mergeReports', () => {
  const all = fixtureResults();
  const k8s = all.filter((r) => r.targetId.startsWith('kubernetes'));
  const linux = all.filter((r) => r.targetId.startsWith('linux'));
  const shard = (results: Result[], targetPrefix: string, id: string, start: string, end: string, passed: boolean) =>
    fixtureReport({
      results,
      targets: fixtureTargets.filter((t) => t.id.startsWith(targetPrefix)),
      scan: { id, startedAt: start, finishedAt: end, durationMs: 1, shard: id },
      gate: { passed, reasons: passed ? [] : [`shard ${id} breached`] },
    });
  const a = shard(k8s, 'kubernetes', '1/2', '2026-11-23T10:00:05.000Z', '2026-11-23T10:00:06.000Z', true);
  const b = shard([...linux, k8s[0]!], 'linux', '2/2', '2026-11-23T10:00:01.000Z', '2026-11-23T10:00:09.000Z', false);

  it('unions targets, checks and results (deduped by fingerprint) and recomputes score and summary', () => {
    const m = mergeReports([a, b]);
    expect(m.targets.map((t) => t.id)).toEqual(['kubernetes:prod', 'linux:db1', 'linux:web1']);
    expect(m.results).toHaveLength(13);
    expect(new Set(m.results.map((r) => r.fingerprint)).size).toBe(13);
    expect(m.score).toEqual(computeScore(all, fixtureChecks));
    expect(m.summary).toEqual(summarize(all));
    expect(m.scan).toEqual({ id: m.scan.id, startedAt: '2026-11-23T10:00:01.000Z', finishedAt: '2026-11-23T10:00:09.000Z', durationMs: 8000 });
    expect(m.scan.id).toMatch(/^merged-[0-9a-f]{16}$/);
    expect(m.gate).toEqual({ passed: false, reasons: ['shard 2/2 breached'] });
    expect(validateReport(m)).toEqual({ valid: true, errors: [] });
  });
  it('is independent of input order', () => {
    expect(JSON.stringify(mergeReports([b, a]))).toBe(JSON.stringify(mergeReports([a, b])));
  });
  it('keeps the worse status when two shards report one fingerprint', () => {
    const passing = { ...k8s[0]!, status: 'pass' as const };
    const m = mergeReports([shard([passing], 'kubernetes', '1/2', a.scan.startedAt, a.scan.finishedAt, true), a]);
    expect(m.results.find((r) => r.fingerprint === passing.fingerprint)!.status).toBe('fail');
  });
});

describe('loadReport and writeFileAtomic', () => {
  it('loads a valid saved report', async () => {
    const p = join(dir, 'ok.json');
    await writeFileAtomic(p, JSON.stringify(fixtureReport()));
    expect((await loadReport(p)).scan.id).toBe('scan-0001');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
  it.each([
    ['missing', null, /cannot read report .*missing\.json/],
    ['garbage', '{not json', /garbage\.json: not valid JSON/],
    ['wrong-shape', JSON.stringify({ schemaVersion: '1' }), /wrong-shape\.json: not a ztaudit JSON report .*required property/],
  ])('%s file: one-line UsageError naming the file', async (name, content, re) => {
    const p = join(dir, `${name}.json`);
    if (content !== null) writeFileSync(p, content);
    const err = await loadReport(p).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(re);
    expect((err as Error).message).not.toContain('\n');
  });
  it('writes atomically, creating the folder, and reports an unwritable path as a UsageError', async () => {
    const p = join(dir, 'sub', 'x.txt');
    await writeFileAtomic(p, 'one');
    await writeFileAtomic(p, 'two');
    expect(readFileSync(p, 'utf8')).toBe('two');
    const blocked = join(dir, 'sub', 'x.txt', 'child');
    await expect(writeFileAtomic(blocked, 'x')).rejects.toBeInstanceOf(UsageError);
  });
  it.skipIf(!existsSync('/proc/self'))('fails at once, not in an endless mkdir loop, where the kernel refuses a folder (-o /proc/x/...)', async () => {
    // Node's mkdir({recursive: true}) spins forever on ENOENT from procfs; the write must fail in time
    const err = await Promise.race([
      writeFileAtomic('/proc/ztaudit-no-such-dir/report.json', 'x').catch((e: unknown) => e),
      new Promise((resolve) => setTimeout(() => resolve('hung'), 3000)),
    ]);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(/^cannot write \/proc\/ztaudit-no-such-dir\/report\.json: /);
  });
});
