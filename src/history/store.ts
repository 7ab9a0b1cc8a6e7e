// The history store over any SqlDatabase: migrate on open, record a scan in one transaction,
// read scans back oldest first. The same code runs on SQLite and PostgreSQL.
import { PILLARS, SEVERITIES, type Pillar, type Severity, type Stage, type TargetKind, type TargetStatus } from '../engine/types.js';
import { LATEST_VERSION, MIGRATIONS } from './migrations.js';
import type { PillarRecord, ScanRecord, TargetRecord } from './record.js';
import type { Row, Sql, SqlDatabase } from './sql.js';

/** A store that cannot be used: one line for stderr, without a password. */
export class HistoryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HistoryError';
  }
}

export interface ScanFilter {
  /** only scans that started at or after this instant (ISO 8601) */
  since?: string;
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

async function migrate(sql: Sql): Promise<void> {
  await sql.run('CREATE TABLE IF NOT EXISTS ztaudit_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set((await sql.all('SELECT version FROM ztaudit_migrations')).map((r) => Number(r['version'])));
  const newest = Math.max(0, ...applied);
  if (newest > LATEST_VERSION) throw new HistoryError(`the store is at schema version ${newest}, newer than this ztaudit knows (${LATEST_VERSION}); upgrade ztaudit`);
  for (const m of MIGRATIONS) {
    if (applied.has(m.version)) continue;
    for (const statement of m.statements) await sql.run(statement);
    await sql.run('INSERT INTO ztaudit_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, new Date().toISOString()]);
  }
}

export class HistoryStore {
  private constructor(private readonly db: SqlDatabase) {}

  /** Open a database as a history store, applying any migration it lacks. */
  static async open(db: SqlDatabase): Promise<HistoryStore> {
    try {
      await db.transaction(migrate, { migrating: true });
    } catch (err) {
      await db.close().catch(() => undefined);
      throw err;
    }
    return new HistoryStore(db);
  }

  get where(): string {
    return this.db.where;
  }

  /** Record one scan; false when a scan with its id is already there (recording is idempotent). */
  async record(scan: ScanRecord): Promise<boolean> {
    return this.db.transaction(async (sql) => {
      const seen = await sql.all('SELECT id FROM ztaudit_scans WHERE id = ?', [scan.id]);
      if (seen.length > 0) return false;
      await sql.run(
        `INSERT INTO ztaudit_scans (id, started_at, finished_at, tool_version, schema_version, formula_version, catalogue, shard,
           overall, stage, coverage, gate_passed, failing_critical, failing_high, failing_medium, failing_low)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          scan.id,
          scan.startedAt,
          scan.finishedAt,
          scan.toolVersion,
          scan.schemaVersion,
          scan.formulaVersion,
          scan.catalogue,
          scan.shard,
          scan.overall,
          scan.stage,
          scan.coverage,
          scan.gatePassed ? 1 : 0,
          ...SEVERITIES.map((s) => scan.failing[s]),
        ],
      );
      for (const [i, t] of scan.targets.entries()) {
        await sql.run('INSERT INTO ztaudit_scan_targets (scan_id, position, target_id, kind, status, reason) VALUES (?, ?, ?, ?, ?, ?)', [scan.id, i, t.id, t.kind, t.status, t.reason]);
      }
      for (const p of PILLARS) {
        const s = scan.pillars[p];
        await sql.run('INSERT INTO ztaudit_scan_pillars (scan_id, pillar, score, stage, coverage) VALUES (?, ?, ?, ?, ?)', [scan.id, p, s.score, s.stage, s.coverage]);
      }
      return true;
    });
  }

  /** Every recorded scan (or those since a date), oldest first. */
  async scans(filter: ScanFilter = {}): Promise<ScanRecord[]> {
    return this.db.transaction(async (sql) => {
      // the same filter on the scans and, through the join, on their targets and pillars
      const since = (column: string): string => (filter.since ? ` WHERE ${column} >= ?` : '');
      const params = filter.since ? [filter.since] : [];
      const rows = await sql.all(`SELECT * FROM ztaudit_scans${since('started_at')} ORDER BY started_at, id`, params);
      const targets = await sql.all(`SELECT t.* FROM ztaudit_scan_targets t JOIN ztaudit_scans s ON s.id = t.scan_id${since('s.started_at')} ORDER BY t.scan_id, t.position`, params);
      const pillars = await sql.all(`SELECT p.* FROM ztaudit_scan_pillars p JOIN ztaudit_scans s ON s.id = p.scan_id${since('s.started_at')}`, params);
      const targetsOf = group(targets, toTarget);
      const pillarsOf = new Map<string, Record<Pillar, PillarRecord>>();
      for (const r of pillars) {
        const id = String(r['scan_id']);
        const into = pillarsOf.get(id) ?? emptyPillars();
        pillarsOf.set(id, into);
        into[String(r['pillar']) as Pillar] = { score: num(r['score']), stage: str(r['stage']) as Stage | null, coverage: num(r['coverage']) };
      }
      return rows.map((r) => toScan(r, targetsOf.get(String(r['id'])) ?? [], pillarsOf.get(String(r['id'])) ?? emptyPillars()));
    });
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}

const emptyPillars = (): Record<Pillar, PillarRecord> => Object.fromEntries(PILLARS.map((p) => [p, { score: null, stage: null, coverage: null }])) as Record<Pillar, PillarRecord>;

function group<T>(rows: readonly Row[], map: (r: Row) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const id = String(r['scan_id']);
    const list = out.get(id) ?? [];
    out.set(id, list);
    list.push(map(r));
  }
  return out;
}

const toTarget = (r: Row): TargetRecord => ({ id: String(r['target_id']), kind: String(r['kind']) as TargetKind, status: String(r['status']) as TargetStatus, reason: str(r['reason']) });

function toScan(r: Row, targets: TargetRecord[], pillars: Record<Pillar, PillarRecord>): ScanRecord {
  return {
    id: String(r['id']),
    startedAt: String(r['started_at']),
    finishedAt: String(r['finished_at']),
    toolVersion: String(r['tool_version']),
    schemaVersion: String(r['schema_version']),
    formulaVersion: Number(r['formula_version']),
    catalogue: String(r['catalogue']),
    shard: str(r['shard']),
    overall: num(r['overall']),
    stage: str(r['stage']) as Stage | null,
    coverage: num(r['coverage']),
    gatePassed: Number(r['gate_passed']) === 1,
    failing: Object.fromEntries(SEVERITIES.map((s) => [s, Number(r[`failing_${s}`])])) as Record<Severity, number>,
    targets,
    pillars,
  };
}
