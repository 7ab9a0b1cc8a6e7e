// What the history needs from a database, whichever it is: statements with `?` placeholders,
// rows as plain objects, and a transaction that either commits whole or leaves nothing behind.
export type SqlValue = string | number | null;
export type Row = Record<string, unknown>;

export interface Sql {
  run(sql: string, params?: readonly SqlValue[]): Promise<void>;
  all(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
}

export interface SqlDatabase {
  /** where the store is, for messages (never a password) */
  readonly where: string;
  /**
   * Run fn in one write transaction, serialized against every other writer of the store
   * (SQLite: an exclusive lock file; PostgreSQL: the transaction, plus an advisory lock while migrating).
   */
  transaction<T>(fn: (sql: Sql) => Promise<T>, opts?: { migrating?: boolean }): Promise<T>;
  close(): Promise<void>;
}
