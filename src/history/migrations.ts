// The history schema, as an ordered list of migrations that both stores apply (SQLite and
// PostgreSQL share the SQL: TEXT, INTEGER and DOUBLE PRECISION mean the same in both). A store
// records each applied version in ztaudit_migrations; a newer store than this ztaudit knows is
// refused rather than written to. Append new migrations; never edit an applied one.
export interface Migration {
  version: number;
  name: string;
  statements: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'scans, their targets and pillar scores',
    statements: [
      `CREATE TABLE ztaudit_scans (
        id TEXT PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        tool_version TEXT NOT NULL,
        schema_version TEXT NOT NULL,
        formula_version INTEGER NOT NULL,
        catalogue TEXT NOT NULL,
        shard TEXT,
        overall DOUBLE PRECISION,
        stage TEXT,
        coverage DOUBLE PRECISION,
        gate_passed INTEGER NOT NULL,
        failing_critical INTEGER NOT NULL,
        failing_high INTEGER NOT NULL,
        failing_medium INTEGER NOT NULL,
        failing_low INTEGER NOT NULL
      )`,
      `CREATE TABLE ztaudit_scan_targets (
        scan_id TEXT NOT NULL REFERENCES ztaudit_scans (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        target_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        status TEXT NOT NULL,
        reason TEXT,
        PRIMARY KEY (scan_id, target_id)
      )`,
      `CREATE TABLE ztaudit_scan_pillars (
        scan_id TEXT NOT NULL REFERENCES ztaudit_scans (id) ON DELETE CASCADE,
        pillar TEXT NOT NULL,
        score DOUBLE PRECISION,
        stage TEXT,
        coverage DOUBLE PRECISION,
        PRIMARY KEY (scan_id, pillar)
      )`,
    ],
  },
  {
    version: 2,
    name: 'scans by start time (history and trend read in that order)',
    statements: ['CREATE INDEX ztaudit_scans_started_at ON ztaudit_scans (started_at, id)'],
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
