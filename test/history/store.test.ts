// The scan history on both real stores: an SQLite file (node-sqlite3-wasm) and a real PostgreSQL
// server started for the suite. Each store reads back exactly what was written, two writers at
// once lose nothing, and the CLI's history and trend print what the scans recorded.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryLocation } from '../../src/history/open.js';
import { openDatabase, openHistory } from '../../src/history/open.js';
import { scanRecord, type ScanRecord } from '../../src/history/record.js';
import { HistoryStore } from '../../src/history/store.js';
import { trendPoints } from '../../src/history/trend.js';
import type { Report } from '../../src/report/model.js';
import { FIXTURE_SCAN, fx, repoRoot, ztauditAsync } from '../cli/helpers.js';
import { postgresMissing, startPostgres, type PostgresServer } from '../helpers/postgres.js';

const tmp = mkdtempSync(join(tmpdir(), 'ztaudit-history-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const pillars = (score: number | null): ScanRecord['pillars'] => ({
  identity: { score, stage: score === null ? null : 'initial', coverage: score === null ? null : 100 },
  devices: { score: null, stage: null, coverage: null },
  networks: { score: 33.3, stage: null, coverage: 40 },
  applications_workloads: { score: 0, stage: 'traditional', coverage: 100 },
  data: { score: 100, stage: 'optimal', coverage: 95.5 },
  visibility_analytics: { score: null, stage: null, coverage: 0 },
  automation_orchestration: { score: 12.5, stage: 'traditional', coverage: 60 },
  governance: { score: 87.25, stage: 'advanced', coverage: 75 },
});

const record = (id: string, startedAt: string, score: number | null): ScanRecord => ({
  id,
  startedAt,
  finishedAt: startedAt.replace(/\.\d+Z$/, '.999Z'),
  toolVersion: '0.1.0',
  schemaVersion: '1',
  formulaVersion: 1,
  catalogue: `sha256:${'ab'.repeat(32)}`,
  shard: id.endsWith('s') ? '2/3' : null,
  overall: score,
  stage: score === null ? null : 'initial',
  coverage: score === null ? null : 72.4,
  gatePassed: score !== null && score > 50,
  failing: { critical: 1, high: 2, medium: 0, low: 7 },
  targets: [
    { id: 'linux:web-2', kind: 'linux', status: 'unreachable', reason: 'timed out after 60s' },
    { id: 'kubernetes:prod', kind: 'kubernetes', status: 'partial', reason: 'forbidden: list secrets' },
    { id: 'linux:db-1', kind: 'linux', status: 'ok', reason: null },
  ],
  pillars: pillars(score),
});

const cli = ztauditAsync;

/** A separate process that records `count` scans named TAG-i, as a cron run would. */
function writer(arg: string, tag: string, count: number): Promise<{ code: number | null; stderr: string }> {
  const dist = (p: string): string => JSON.stringify(resolve(repoRoot, 'dist/src/history', p));
  const script = `
    const { historyLocation, openHistory } = await import(${dist('open.js')});
    const rec = JSON.parse(process.argv[1]);
    const store = await openHistory(historyLocation(process.argv[2]));
    for (let i = 0; i < ${count}; i++) {
      await store.record({ ...rec, id: '${tag}-' + i, startedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString() });
    }
    await store.close();`;
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(record('x', '2026-01-01T00:00:00.000Z', 61.5)), arg]);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code, stderr }));
  });
}

interface Backend {
  name: string;
  missing: string | undefined;
  start(): Promise<void>;
  stop(): void;
  /** a new, empty store: its location and the --history argument that names it */
  fresh(): Promise<{ loc: HistoryLocation; arg: string }>;
  /** a --history argument that names a store that cannot be reached */
  broken(): string;
}

let n = 0;
const sqlite: Backend = {
  name: 'SQLite file',
  missing: undefined,
  start: async () => undefined,
  stop: () => undefined,
  fresh: async () => {
    const path = join(tmp, `store-${++n}`, 'history.db');
    return { loc: { kind: 'sqlite', path }, arg: path };
  },
  broken: () => {
    const file = join(tmp, 'a-file');
    writeFileSync(file, 'not a folder');
    return join(file, 'history.db');
  },
};

let server: PostgresServer | undefined;
const postgres: Backend = {
  name: 'PostgreSQL',
  missing: postgresMissing,
  start: async () => {
    server = startPostgres();
  },
  stop: () => server?.stop(),
  fresh: async () => {
    const db = `history_${++n}`;
    const pg = (await import('pg')).default;
    const admin = new pg.Client({ connectionString: server!.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${db}`);
    await admin.end();
    const url = server!.url.replace('/postgres?', `/${db}?`);
    return { loc: { kind: 'postgres', url }, arg: url };
  },
  // a socket folder where no server listens
  broken: () => `postgres://ztaudit:s3cret-pw@localhost/postgres?host=${encodeURIComponent(mkdtempSync(join(tmp, 'nopg-')))}`,
};

describe.each([sqlite, postgres])('history in a real $name', (backend) => {
  describe.skipIf(backend.missing !== undefined)(`(skipped: ${backend.missing ?? ''})`, () => {
    beforeAll(() => backend.start(), 60_000);
    afterAll(() => backend.stop());

    it('reads back exactly what was recorded, oldest first; recording twice is a no-op; migrations applied once', async () => {
      const { loc } = await backend.fresh();
      const a = record('scan-b', '2026-03-02T10:00:00.123Z', 64.3);
      const b = record('scan-as', '2026-03-01T10:00:00.456Z', null);
      const store = await openHistory(loc);
      expect(await store.record(a)).toBe(true);
      expect(await store.record(b)).toBe(true);
      expect(await store.record(a)).toBe(false);
      await store.close();
      const again = await openHistory(loc);
      expect(await again.scans()).toEqual([b, a]);
      expect(await again.scans({ since: '2026-03-02T00:00:00.000Z' })).toEqual([a]);
      await again.close();
      const db = await openDatabase(loc);
      const versions = await db.transaction((sql) => sql.all('SELECT version, name FROM ztaudit_migrations ORDER BY version'));
      expect(versions.map((r) => Number(r['version']))).toEqual([1, 2]);
      // a store written by a newer ztaudit is refused, not written to
      await db.transaction((sql) => sql.run("INSERT INTO ztaudit_migrations (version, name, applied_at) VALUES (99, 'future', 'now')"));
      await db.close();
      await expect(openHistory(loc)).rejects.toThrow(/schema version 99, newer than this ztaudit knows \(2\)/);
    });

    it('two writers at once on a new store lose nothing', async () => {
      const { loc, arg } = await backend.fresh();
      const [one, two] = await Promise.all([writer(arg, 'one', 15), writer(arg, 'two', 15)]);
      expect(one).toEqual({ code: 0, stderr: '' });
      expect(two).toEqual({ code: 0, stderr: '' });
      const store = await openHistory(loc);
      const scans = await store.scans();
      await store.close();
      expect(scans.map((s) => s.id).sort()).toEqual([...Array.from({ length: 15 }, (_, i) => `one-${i}`), ...Array.from({ length: 15 }, (_, i) => `two-${i}`)].sort());
      for (const s of scans) {
        expect(s.targets).toHaveLength(3);
        expect(s.overall).toBe(61.5);
      }
    }, 60_000);

    it('scan --history from two cron runs at once; history and trend print what they recorded', async () => {
      const { arg } = await backend.fresh();
      const out = (i: number): string => join(tmp, `report-${n}-${i}.json`);
      const scan = (i: number) => cli(['scan', '--facts', fx('facts', 'unreachable.json'), ...FIXTURE_SCAN, '-f', 'json', '-o', out(i), '-q', '--history', arg]);
      const runs = await Promise.all([scan(1), scan(2)]);
      for (const r of runs) expect(r.code, r.stderr).toBe(3); // one target of the fixture is unreachable
      const reports = [1, 2].map((i) => JSON.parse(readFileSync(out(i), 'utf8')) as Report);
      const expected = reports.map(scanRecord).sort((x, y) => (x.startedAt < y.startedAt ? -1 : x.startedAt > y.startedAt ? 1 : x.id < y.id ? -1 : 1));
      expect(expected[0]!.targets).toEqual([
        { id: 'linux:db-1', kind: 'linux', status: 'ok', reason: null },
        { id: 'linux:web-2', kind: 'linux', status: 'unreachable', reason: 'timed out after 60s' },
      ]);

      const history = await cli(['history', '--history', arg, '--json']);
      expect(history.code, history.stderr).toBe(0);
      expect(JSON.parse(history.stdout)).toEqual(expected);
      const table = await cli(['history', '--history', arg]);
      expect(table.stdout).toContain(expected[0]!.id);
      expect(table.stdout).toContain('2 (1 unreachable)');

      const trend = await cli(['trend', '--history', arg, '--json', '--pillar', 'identity,data']);
      expect(trend.code, trend.stderr).toBe(0);
      expect(JSON.parse(trend.stdout)).toEqual(trendPoints(expected, ['identity', 'data']));
      const spark = await cli(['trend', '--history', arg]);
      expect(spark.stdout).toMatch(/^overall\s+[▁▂▃▄▅▆▇█]{2}\s/m);
      const future = await cli(['trend', '--history', arg, '--since', '2999-01-01', '--json']);
      expect(JSON.parse(future.stdout)).toEqual([]);
    }, 60_000);

    it('a store that cannot be written: the report is still written, one line, exit 2', async () => {
      const out = join(tmp, `broken-${++n}.json`);
      const r = await cli(['scan', '--facts', fx('facts', 'basic.json'), ...FIXTURE_SCAN, '-f', 'json', '-o', out, '--history', backend.broken()]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^ztaudit: history: scan \S+ not recorded: /);
      expect((JSON.parse(readFileSync(out, 'utf8')) as Report).results.length).toBeGreaterThan(0);
      const read = await cli(['history', '--history', backend.broken()]);
      if (backend.name === 'PostgreSQL') {
        expect(read.code).toBe(2);
        expect(read.stderr).toMatch(/^ztaudit: history: cannot connect to postgres:\/\/ztaudit:\*\*\*@localhost\/postgres/);
      }
      for (const text of [r.stderr, read.stderr]) expect(text).not.toContain('s3cret-pw');
    }, 60_000);
  });
});

describe('--history values', () => {
  it('an unknown URL scheme is a usage error before anything is scanned; a password never shows', async () => {
    const out = join(tmp, 'never.json');
    const r = await cli(['scan', '--facts', fx('facts', 'basic.json'), ...FIXTURE_SCAN, '-f', 'json', '-o', out, '--history', 'mysql://root:hunter2@db/x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('ztaudit: bad --history "mysql://***@db/x": expected a file path or a postgres:// URL\n');
    expect(() => readFileSync(out)).toThrow();
  });

  it('history of a file that does not exist is empty and creates nothing', async () => {
    const path = join(tmp, 'none', 'history.db');
    const r = await cli(['history', '--history', path, '--json']);
    expect(r).toMatchObject({ code: 0, stdout: '[]\n' });
    expect(() => readFileSync(path)).toThrow();
  });

  it('the default store is under $XDG_STATE_HOME/ztaudit', async () => {
    const state = join(tmp, 'state');
    const r = await cli(['scan', '--facts', fx('facts', 'basic.json'), ...FIXTURE_SCAN, '-q', '-f', 'json', '-o', join(tmp, 'default.json'), '--history'], { XDG_STATE_HOME: state });
    expect(r.code, r.stderr).toBe(0);
    const store = await HistoryStore.open(await openDatabase({ kind: 'sqlite', path: join(state, 'ztaudit', 'history.db') }));
    expect((await store.scans()).map((s) => s.id)).toEqual([(JSON.parse(readFileSync(join(tmp, 'default.json'), 'utf8')) as Report).scan.id]);
    await store.close();
  }, 30_000);
});
