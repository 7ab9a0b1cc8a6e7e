// Reports written as chunks keep writeFileAtomic's promises: the whole text lands, a reader never
// sees a half-written file, a writer that fails leaves no temp file and no target, and a device
// (/dev/null, a FIFO) is written into directly.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/engine/errors.js';
import { writeFileAtomic } from '../../src/report/write.js';

const dir = mkdtempSync(join(tmpdir(), 'zt-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function* lines(n: number): Generator<string> {
  for (let i = 0; i < n; i++) yield `line ${i} ${'x'.repeat(i % 97)}\n`;
}

describe('writeFileAtomic with chunks', () => {
  it('writes every chunk in order, across many batches', async () => {
    const p = join(dir, 'big.txt');
    await writeFileAtomic(p, lines(60_000));
    expect(readFileSync(p, 'utf8')).toBe([...lines(60_000)].join(''));
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a writer that throws midway leaves the old file as it was and no temp file', async () => {
    const p = join(dir, 'kept.txt');
    writeFileSync(p, 'old');
    function* failing(): Generator<string> {
      yield* lines(30_000);
      throw new Error('writer broke');
    }
    const err = await writeFileAtomic(p, failing()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toBe(`cannot write ${p}: writer broke`);
    expect(readFileSync(p, 'utf8')).toBe('old');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes into /dev/null and a FIFO directly', async () => {
    await writeFileAtomic('/dev/null', lines(1000));
    expect(existsSync('/dev/null')).toBe(true);
    const fifo = join(dir, 'fifo');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return; // no mkfifo: nothing more to show here
    const read = new Promise<string>((resolve, reject) => {
      let text = '';
      createReadStream(fifo, 'utf8')
        .on('data', (c) => (text += String(c)))
        .on('end', () => resolve(text))
        .on('error', reject);
    });
    await writeFileAtomic(fifo, lines(20_000));
    expect(await read).toBe([...lines(20_000)].join(''));
  });
});
