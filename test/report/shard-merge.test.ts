// `--shard I/N` and `merge`, as a Kubernetes Indexed Job runs them (deploy/kubernetes): the three
// shards of an inventory of root filesystems and manifest folders, merged, are the unsharded scan
// result for result, with the same score. Reports that do not belong together are refused.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shardOf, sliceShard } from '../../src/scan/pipeline.js';
import type { Report } from '../../src/report/model.js';
import { fx, repoRoot } from '../cli/helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'ztaudit-shards-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [resolve(repoRoot, 'bin/ztaudit.js'), ...args], { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

const inventory = fx('inventory', 'shards.yaml');
const out = (name: string): string => join(tmp, `${name}.json`);
const read = (name: string): Report => JSON.parse(readFileSync(out(name), 'utf8')) as Report;
/** a target's duration differs from run to run; everything else must not */
const targetsOf = (r: Report) => r.targets.map(({ durationMs: _, ...t }) => t);

describe('shards 1/3, 2/3, 3/3 merged', () => {
  beforeAll(async () => {
    const scans = [
      cli(['scan', '-i', inventory, '-q', '-f', 'json', '-o', out('all')]),
      ...[1, 2, 3].map((i) => cli(['scan', '-i', inventory, '--shard', `${i}/3`, '-q', '-f', 'json', '-o', out(`shard-${i}`)])),
    ];
    for (const r of await Promise.all(scans)) expect(r.code, r.stderr).toBe(0);
    const merged = await cli(['merge', out('shard-1'), out('shard-2'), out('shard-3'), '-o', out('merged')]);
    expect(merged.code, merged.stderr).toBe(0);
  }, 60_000);

  it('split the targets by a hash of their id: each target in exactly one shard', () => {
    const all = read('all').targets.map((t) => t.id);
    expect(all).toHaveLength(6);
    const shards = [1, 2, 3].map((i) => read(`shard-${i}`).targets.map((t) => t.id));
    expect(shards.flat().sort()).toEqual([...all].sort());
    for (const [i, ids] of shards.entries()) {
      expect(read(`shard-${i + 1}`).scan.shard).toBe(`${i + 1}/3`);
      for (const id of ids) expect(shardOf(id, 3)).toBe(i);
    }
  });

  it('equal the unsharded scan result for result, with the same score', () => {
    const all = read('all');
    const merged = read('merged');
    expect(all.results.length).toBeGreaterThan(100);
    expect(merged.results).toEqual(all.results);
    expect(merged.checks).toEqual(all.checks);
    expect(targetsOf(merged)).toEqual(targetsOf(all));
    expect(merged.score).toEqual(all.score);
    expect(merged.summary).toEqual(all.summary);
    expect(merged.scan.catalogue).toBe(all.scan.catalogue);
    expect(all.score.overall).not.toBeNull();
  });

  it('refuse reports of other formula versions, schema versions or check catalogues, in one line', async () => {
    const shard = read('shard-1');
    const write = (name: string, r: unknown): string => {
      writeFileSync(out(name), JSON.stringify(r));
      return out(name);
    };
    const formula = write('formula-2', { ...shard, score: { ...shard.score, formulaVersion: 2 } });
    const schema = write('schema-2', { ...shard, schemaVersion: '2' });
    const r1 = await cli(['merge', out('shard-2'), formula]);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toBe(`ztaudit: cannot merge: ${out('shard-2')} was scored with formula version 1, ${formula} with 2\n`);
    const r2 = await cli(['merge', out('shard-2'), schema]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toBe(`ztaudit: cannot merge: ${out('shard-2')} has report schema version 1, ${schema} has 2\n`);

    // a shard scanned with another selection of checks
    const skipped = await cli(['scan', '-i', inventory, '--shard', '3/3', '--skip', 'k8s.rbac.*', '-q', '-f', 'json', '-o', out('shard-3-skip')]);
    expect(skipped.code, skipped.stderr).toBe(0);
    const r3 = await cli(['merge', out('shard-1'), out('shard-3-skip')]);
    expect(r3.code).toBe(2);
    expect(r3.stderr).toBe(`ztaudit: cannot merge: ${out('shard-1')} and ${out('shard-3-skip')} were scanned with different check catalogues (version or --only/--skip/--pillar/--checks differ)\n`);

    // reports from before scan.catalogue: a check both carry must be the same check
    const old = (r: Report): Report => ({ ...r, scan: { id: r.scan.id, startedAt: r.scan.startedAt, finishedAt: r.scan.finishedAt, durationMs: r.scan.durationMs } });
    const all = read('all');
    const changed = { ...old(all), checks: all.checks.map((c, i) => (i === 0 ? { ...c, severity: c.severity === 'low' ? 'high' : 'low' } : c)) };
    const r4 = await cli(['merge', write('old-a', old(all)), write('old-b', changed)]);
    expect(r4.code).toBe(2);
    expect(r4.stderr).toBe(`ztaudit: cannot merge: ${out('old-a')} and ${out('old-b')} were scanned with different check catalogues (${all.checks[0]!.id} differs)\n`);
  }, 30_000);
});

describe('shardOf', () => {
  it("a target's shard depends on its id alone: adding or removing others never moves it", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 30 }), fc.array(fc.string()), fc.integer({ min: 1, max: 9 }), (ids, others, count) => {
        const base = ids.map((id) => [id, [1, 2, 3, 4, 5, 6, 7, 8, 9].slice(0, count).find((i) => sliceShard(ids, (x) => x, { index: i, count }).includes(id))]);
        const grown = [...new Set([...ids, ...others])];
        for (const [id, shard] of base) expect(sliceShard(grown, (x) => x, { index: shard as number, count })).toContain(id);
        return true;
      }),
    );
  });
});
