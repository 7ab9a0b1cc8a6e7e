// `--history [PATH|URL]`: no value is the default SQLite file under $XDG_STATE_HOME; a
// postgres:// or postgresql:// URL is PostgreSQL; any other scheme is a usage error; anything
// else is a path to an SQLite file.
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { UsageError } from '../engine/errors.js';
import type { SqlDatabase } from './sql.js';

export type HistoryLocation = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

/** $XDG_STATE_HOME/ztaudit/history.db, or ~/.local/state/ztaudit/history.db (XDG base directory spec). */
export function defaultHistoryPath(env: NodeJS.ProcessEnv = process.env): string {
  const state = env['XDG_STATE_HOME'];
  // the spec ignores a relative XDG_STATE_HOME
  const base = state && isAbsolute(state) ? state : join(env['HOME'] || homedir(), '.local', 'state');
  return join(base, 'ztaudit', 'history.db');
}

/** Parse the flag's value (true when given without one); a bad value is a usage error before any scan. */
export function historyLocation(value: string | boolean | undefined, env: NodeJS.ProcessEnv = process.env): HistoryLocation {
  if (value === undefined || value === true || value === '') return { kind: 'sqlite', path: defaultHistoryPath(env) };
  if (value === false) throw new UsageError('--history needs a path or URL');
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value)?.[1]?.toLowerCase();
  if (scheme === undefined) return { kind: 'sqlite', path: resolve(value) };
  if (scheme !== 'postgres' && scheme !== 'postgresql') throw new UsageError(`bad --history "${value.replace(/:\/\/[^@/]*@/, '://***@')}": expected a file path or a postgres:// URL`);
  try {
    new URL(value);
  } catch {
    throw new UsageError('bad --history URL: not a valid postgres:// URL');
  }
  return { kind: 'postgres', url: value };
}

export async function openDatabase(loc: HistoryLocation): Promise<SqlDatabase> {
  if (loc.kind === 'postgres') return new (await import('./postgres.js')).PostgresDatabase(loc.url);
  return new (await import('./sqlite.js')).SqliteDatabase(loc.path);
}

/** Open (and migrate) the store at a location. */
export async function openHistory(loc: HistoryLocation): Promise<import('./store.js').HistoryStore> {
  const { HistoryStore } = await import('./store.js');
  return HistoryStore.open(await openDatabase(loc));
}
