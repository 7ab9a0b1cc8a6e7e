// Atomic file writes: a reader never sees a half-written report (cron jobs, CI artefacts).
import { randomBytes } from 'node:crypto';
import { mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError, errorMessage } from '../engine/errors.js';

/**
 * Write to a temp file in the same folder, then rename over `path`. Something that exists and is
 * not a regular file (/dev/null, /dev/stdout, a FIFO) is written into directly: renaming over it
 * would replace the device itself. Failures are one-line UsageErrors.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) throw new UsageError(`cannot write ${path}: it is a folder`);
  if (existing && !existing.isFile()) {
    try {
      await writeFile(path, data);
    } catch (err) {
      throw new UsageError(`cannot write ${path}: ${oneLine(errorMessage(err))}`);
    }
    return;
  }
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await makeDirs(dir);
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (err) {
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
