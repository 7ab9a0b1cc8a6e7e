// The SQLite store's lock: a holder that died is broken, a live one is waited for, and the lock
// folder node-sqlite3-wasm's VFS leaves after a crash does not block the store forever.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withFileLock } from '../../src/history/file-lock.js';
import { openHistory } from '../../src/history/open.js';

const tmp = mkdtempSync(join(tmpdir(), 'ztaudit-lock-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** the pid of a process that has exited */
const deadPid = (): number => Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout.trim());

describe('withFileLock', () => {
  it('breaks the lock of a process that is gone and runs', async () => {
    const lock = join(tmp, 'dead.lock');
    writeFileSync(lock, JSON.stringify({ pid: deadPid(), host: hostname(), at: new Date().toISOString() }));
    expect(await withFileLock(lock, async () => existsSync(lock))).toBe(true);
    expect(existsSync(lock)).toBe(false);
  });

  it('waits for a live holder, then says who holds it', async () => {
    const lock = join(tmp, 'live.lock');
    const at = new Date().toISOString();
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname(), at }));
    await expect(withFileLock(lock, async () => 'ran', { waitMs: 200 })).rejects.toThrow(`history store is locked by pid ${process.pid} on ${hostname()} since ${at} (${lock})`);
    rmSync(lock);
  });

  it('takes turns: work under the lock never overlaps', async () => {
    const lock = join(tmp, 'turns.lock');
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 6 }, () =>
        withFileLock(lock, async () => {
          most = Math.max(most, ++inside);
          await new Promise((r) => setTimeout(r, 10));
          inside--;
        }),
      ),
    );
    expect(most).toBe(1);
  });
});

describe('the SQLite store after a crash', () => {
  it('a VFS lock folder left by a killed process does not block the store', async () => {
    const path = join(tmp, 'crashed', 'history.db');
    const store = await openHistory({ kind: 'sqlite', path });
    await store.close();
    mkdirSync(`${path}.lock`);
    const again = await openHistory({ kind: 'sqlite', path });
    expect(await again.scans()).toEqual([]);
    await again.close();
    expect(existsSync(`${path}.lock`)).toBe(false);
  });
});
