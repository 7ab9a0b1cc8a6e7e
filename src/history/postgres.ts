// The shared store: PostgreSQL through `pg`, for many shards and hosts writing to one history.
// Each record is one transaction, so two writers at once both land whole; migrations run under a
// transaction-scoped advisory lock so two first runs do not both create the tables.
import type { ClientConfig, Pool } from 'pg';
import type { Row, Sql, SqlDatabase, SqlValue } from './sql.js';
import { HistoryError } from './store.js';

/** pg_advisory_xact_lock key: "ztaudit" in ASCII, so other applications' keys do not collide by chance. */
const MIGRATION_LOCK = 0x7a7461756469;

/** `?` placeholders -> `$1, $2, ...` (no statement here has a `?` inside a string literal). */
const numbered = (sql: string): string => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

const reason = (err: unknown): string => {
  const e = err as { code?: string; message?: string; errors?: { message?: string }[] };
  // an AggregateError from connecting to several addresses says nothing in its own message
  const msg = e.message || e.errors?.map((x) => x.message).join('; ') || e.code || String(err);
  return msg.replace(/\s*\n\s*/g, ' ');
};

export class PostgresDatabase implements SqlDatabase {
  private pool: Pool | undefined;
  readonly where: string;

  constructor(private readonly url: string) {
    this.where = redactUrl(url);
  }

  private async getPool(): Promise<Pool> {
    if (!this.pool) {
      const pg = (await import('pg')).default;
      const config: ClientConfig & { max: number } = { connectionString: this.url, max: 1, connectionTimeoutMillis: 10_000 };
      this.pool = new pg.Pool(config);
      // an idle client whose server went away must not crash the process
      this.pool.on('error', () => undefined);
    }
    return this.pool;
  }

  async transaction<T>(fn: (sql: Sql) => Promise<T>, opts: { migrating?: boolean } = {}): Promise<T> {
    let client;
    try {
      client = await (await this.getPool()).connect();
    } catch (err) {
      throw new HistoryError(`cannot connect to ${this.where}: ${reason(err)}`);
    }
    try {
      await client.query('BEGIN');
      if (opts.migrating) await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const sql: Sql = {
        run: async (text, params = []) => {
          await client.query(numbered(text), params as SqlValue[]);
        },
        all: async (text, params = []) => (await client.query(numbered(text), params as SqlValue[])).rows as Row[],
      };
      const out = await fn(sql);
      await client.query('COMMIT');
      return out;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      if (err instanceof HistoryError) throw err;
      throw new HistoryError(`${this.where}: ${reason(err)}`);
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool?.end().catch(() => undefined);
    this.pool = undefined;
  }
}
