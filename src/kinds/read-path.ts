// A path a flag names must be readable before anything is collected (exit 2 otherwise).
import { accessSync, constants, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../engine/errors.js';

/** The absolute path; `dir` true: must be a folder, false: must not be one, undefined: either. */
export function mustRead(path: string, what: string, dir: boolean | undefined): string {
  const abs = resolve(path);
  let st;
  try {
    st = statSync(abs);
    accessSync(abs, constants.R_OK);
  } catch (err) {
    throw new UsageError(`cannot read ${what} ${path}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  if (dir === true && !st.isDirectory()) throw new UsageError(`${what} ${path} is not a folder`);
  if (dir === false && st.isDirectory()) throw new UsageError(`${what} ${path} is a folder, not a file`);
  return abs;
}
