// An exclusive lock file beside the SQLite store, so that concurrent cron runs (separate
// processes, perhaps on an NFS home) take turns. node-sqlite3-wasm's VFS locks with a
// `DB.lock` folder that a crashed process leaves behind forever; this lock is held around every
// open of the database, so whoever holds it knows any such folder is stale and may remove it.
//
// The lock file is created with O_EXCL and says who holds it (pid, host, time). A holder that is
// gone (same host, no such pid) or older than STALE_MS is broken, under a second O_EXCL guard so
// that two processes never both break it and then both believe they hold it.
import { closeSync, openSync, readFileSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { HistoryError } from './store.js';

/** A record takes milliseconds; a holder this old is a process that hung or died on another host. */
const STALE_MS = 10 * 60_000;
/** a breaker that died between taking the guard and removing it */
const GUARD_STALE_MS = 30_000;

interface Holder {
  pid: number;
  host: string;
  at: string;
}

const readHolder = (path: string): Holder | undefined => {
  try {
    const h = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>;
    return typeof h.pid === 'number' && typeof h.host === 'string' && typeof h.at === 'string' ? (h as Holder) : undefined;
  } catch {
    return undefined;
  }
};

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const ageMs = (path: string): number => {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
};

/** True when the current holder can no longer be holding the lock. */
function isStale(path: string): boolean {
  const h = readHolder(path);
  // a file being written this very moment has no holder yet: judge by its age only
  if (!h) return ageMs(path) > STALE_MS;
  if (h.host === hostname() && !alive(h.pid)) return true;
  return Date.now() - Date.parse(h.at) > STALE_MS;
}

function tryCreate(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new HistoryError(`cannot lock ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  try {
    writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), at: new Date().toISOString() } satisfies Holder));
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Remove a stale lock, unless another process is already breaking it. */
function breakStale(path: string): void {
  const guard = `${path}.break`;
  if (!tryCreate(guard)) {
    if (ageMs(guard) > GUARD_STALE_MS) rmSync(guard, { force: true });
    return;
  }
  try {
    // judged again under the guard: the lock may have been released and taken afresh meanwhile
    if (isStale(path)) rmSync(path, { force: true });
  } finally {
    rmSync(guard, { force: true });
  }
}

export interface LockOptions {
  /** how long to wait for the other holder (default 60 s) */
  waitMs?: number;
}

/** Run fn while holding the lock file `path`. */
export async function withFileLock<T>(path: string, fn: () => Promise<T>, opts: LockOptions = {}): Promise<T> {
  const deadline = Date.now() + (opts.waitMs ?? 60_000);
  let delay = 5;
  while (!tryCreate(path)) {
    if (isStale(path)) {
      breakStale(path);
      continue;
    }
    if (Date.now() > deadline) {
      const h = readHolder(path);
      throw new HistoryError(`history store is locked${h ? ` by pid ${h.pid} on ${h.host} since ${h.at}` : ''} (${path})`);
    }
    await sleep(delay + Math.random() * delay);
    delay = Math.min(delay * 2, 25);
  }
  try {
    return await fn();
  } finally {
    try {
      unlinkSync(path);
    } catch {
      // already broken by another process as stale: nothing to release
    }
  }
}
