// Atomic file writes: a reader never sees a half-written report (cron jobs, CI artefacts).
import { randomBytes } from 'node:crypto';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError, errorMessage } from '../engine/errors.js';

/** Write to a temp file in the same folder, then rename over `path`. Failures are one-line UsageErrors. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw new UsageError(`cannot write ${path}: ${oneLine(errorMessage(err))}`);
  }
}

export const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ').trim();
