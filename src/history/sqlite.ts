// The embedded store: one SQLite file through node-sqlite3-wasm, a WebAssembly build of SQLite
// that reads and writes the file with Node's fs, so `npm install` needs no native build step (npm
// 11 skips dependencies' install scripts; better-sqlite3 would need them, and Node 22).
//
// Every use of the file happens inside an exclusive lock file (file-lock.ts) and one
// BEGIN IMMEDIATE transaction, with the database opened and closed inside the lock: two cron runs
// at once take turns and neither loses its record; a run killed mid-write leaves a hot journal
// that SQLite rolls back the next time the file is opened.
import { existsSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { lazyPackage } from '../engine/lazy.js';
import { makeDirs } from '../report/write.js';
import { withFileLock } from './file-lock.js';
import type { Row, Sql, SqlDatabase, SqlValue } from './sql.js';
import { HistoryError } from './store.js';

// node-sqlite3-wasm is CommonJS; loaded only when history is used
const sqliteWasm = lazyPackage<typeof import('node-sqlite3-wasm')>('node-sqlite3-wasm');

export class SqliteDatabase implements SqlDatabase {
  constructor(readonly path: string) {}

  get where(): string {
    return this.path;
  }

  async transaction<T>(fn: (sql: Sql) => Promise<T>): Promise<T> {
    try {
      await makeDirs(dirname(this.path));
    } catch (err) {
      throw new HistoryError(`cannot create the folder of ${this.path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    }
    return withFileLock(`${this.path}.ztaudit-lock`, async () => {
      // whoever holds our lock is the only user of the file: a VFS lock folder left now is stale
      if (existsSync(`${this.path}.lock`)) rmSync(`${this.path}.lock`, { recursive: true, force: true });
      const { Database } = sqliteWasm();
      let db: InstanceType<typeof Database>;
      try {
        db = new Database(this.path);
      } catch (err) {
        throw new HistoryError(`cannot open ${this.path}: ${err instanceof Error ? err.message : String(err)}`);
      }
      try {
        db.exec('PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL');
        db.exec('BEGIN IMMEDIATE');
        const sql: Sql = {
          run: async (text, params = []) => {
            db.run(text, params as SqlValue[]);
          },
          all: async (text, params = []) => db.all(text, params as SqlValue[]) as Row[],
        };
        try {
          const out = await fn(sql);
          db.exec('COMMIT');
          return out;
        } catch (err) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw err;
        }
      } catch (err) {
        if (err instanceof HistoryError) throw err;
        throw new HistoryError(`${this.path}: ${err instanceof Error ? err.message : String(err)}`);
      } finally {
        db.close();
      }
    });
  }

  async close(): Promise<void> {
    // nothing stays open between transactions
  }
}
