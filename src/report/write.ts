// Atomic file writes: a reader never sees a half-written report (cron jobs, CI artefacts).
// Reports arrive as chunks (see ReportWriter) and are written as they come, in batches, so a
// large report is never one string or one Buffer in memory.
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError, errorMessage } from '../engine/errors.js';

export type WriteData = string | Uint8Array | Iterable<string>;

/** Chunks are gathered up to this many characters before each write. */
const BATCH = 1 << 20;

/**
 * Call `write` with the data in batches of about BATCH characters (a string or bytes: once). One
 * write is in flight while the next batch is rendered: the file system works on one batch while
 * the writer builds the next, instead of the writer waiting on each (some 300 ms of a 145 MiB
 * report). Writes still run one at a time, in order; the first that fails ends the loop.
 */
export async function writeBatched(data: WriteData, write: (batch: string | Uint8Array) => Promise<void>): Promise<void> {
  if (typeof data === 'string' || data instanceof Uint8Array) {
    await write(data);
    return;
  }
  // Nothing awaits between starting a write and the next `await inFlight` but the synchronous
  // rendering of the next batch, so a failed write is always seen here, never left unhandled.
  let inFlight: Promise<void> | undefined;
  let parts: string[] = [];
  let size = 0;
  try {
    for (const chunk of data) {
      parts.push(chunk);
      size += chunk.length;
      if (size >= BATCH) {
        const batch = parts.join('');
        parts = [];
        size = 0;
        await inFlight;
        inFlight = write(batch);
      }
    }
  } catch (err) {
    // a writer that throws: the write in flight ends before the caller closes the file
    await inFlight?.catch(() => undefined);
    throw err;
  }
  await inFlight;
  if (parts.length) await write(parts.join(''));
}

/**
 * A batch as bytes. A report is almost all ASCII, whose UTF-8 bytes are its Latin-1 bytes: those
 * are copied, not encoded (counting the UTF-8 bytes first still costs less than half of encoding).
 */
export const bytesOf = (batch: string): Buffer => Buffer.from(batch, Buffer.byteLength(batch) === batch.length ? 'latin1' : 'utf8');

/** Bytes per write to a file: chunks are copied into one of two buffers of this size, written in turn. */
const FILE_BATCH = 1 << 22;

/**
 * Chunks into a file. Each chunk is copied once, straight into a buffer (no joined string, no
 * Buffer per batch: 145 MiB of JSON made as much garbage twice over); one buffer is written while
 * the other fills, so the file system and the writer work at the same time.
 */
async function writeInto(fh: FileHandle, data: WriteData): Promise<void> {
  // FileHandle.writeFile writes all it is given (a FIFO may take less per write) at the current position
  if (typeof data === 'string' || data instanceof Uint8Array) {
    await fh.writeFile(typeof data === 'string' ? bytesOf(data) : data);
    return;
  }
  const buffers = [Buffer.allocUnsafe(FILE_BATCH), Buffer.allocUnsafe(FILE_BATCH)];
  let which = 0;
  let used = 0;
  // as in writeBatched: only the synchronous copying of chunks runs between a write's start and
  // the `await inFlight` that sees how it ended
  let inFlight: Promise<void> | undefined;
  const flush = async (): Promise<void> => {
    const full = buffers[which]!.subarray(0, used);
    await inFlight;
    inFlight = fh.writeFile(full);
    which ^= 1;
    used = 0;
  };
  try {
    for (const chunk of data) {
      const n = Buffer.byteLength(chunk);
      if (used + n > FILE_BATCH && used > 0) await flush();
      if (n > FILE_BATCH) {
        await inFlight;
        inFlight = fh.writeFile(bytesOf(chunk));
        continue;
      }
      // ASCII (nearly all of a report) is copied as Latin-1: the same bytes, without encoding
      used += buffers[which]!.write(chunk, used, n === chunk.length ? 'latin1' : 'utf8');
    }
    if (used > 0) await flush();
  } catch (err) {
    await inFlight?.catch(() => undefined);
    throw err;
  }
  await inFlight;
}

/**
 * Write to a temp file in the same folder, then rename over `path`. Something that exists and is
 * not a regular file (/dev/null, /dev/stdout, a FIFO) is written into directly: renaming over it
 * would replace the device itself. Failures are one-line UsageErrors.
 */
export async function writeFileAtomic(path: string, data: WriteData): Promise<void> {
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) throw new UsageError(`cannot write ${path}: it is a folder`);
  if (existing && !existing.isFile()) {
    let fh: FileHandle | undefined;
    try {
      fh = await open(path, 'w');
      await writeInto(fh, data);
    } catch (err) {
      throw new UsageError(`cannot write ${path}: ${oneLine(errorMessage(err))}`);
    } finally {
      await fh?.close().catch(() => undefined);
    }
    return;
  }
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fh: FileHandle | undefined;
  try {
    await makeDirs(dir);
    fh = await open(tmp, 'w');
    await writeInto(fh, data);
    await fh.close();
    fh = undefined;
    await rename(tmp, path);
  } catch (err) {
    await fh?.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    throw new UsageError(`cannot write ${path}: ${oneLine(errorMessage(err))}`);
  }
}

/**
 * `mkdir -p` one level at a time. Node's own `mkdir(dir, {recursive: true})` never returns when
 * the kernel answers ENOENT for a folder whose parent exists (`-o /proc/x/`, sysfs): it retries
 * the parent forever. Here each level is created once and any error is thrown.
 */
export async function makeDirs(dir: string): Promise<void> {
  const missing: string[] = [];
  let at = dir;
  while (!(await stat(at).catch(() => undefined))) {
    missing.unshift(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const d of missing) {
    await mkdir(d).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'EEXIST') throw err;
    });
  }
}

export const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ').trim();
