// Credential references are resolved only when a collector needs them, never stored in facts or
// reports. `{env: NAME}` reads the environment, `{file: PATH}` reads a file (trailing newline
// dropped), an inline string is used as is (the loader already warned).
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { UsageError, errorMessage } from '../engine/errors.js';
import type { CredentialRef } from './schema.js';

export function resolveCredential(ref: CredentialRef, what: string, env: NodeJS.ProcessEnv = process.env): string {
  if (typeof ref === 'string') return ref;
  if ('env' in ref) {
    const v = env[ref.env];
    if (v === undefined) throw new UsageError(`${what}: environment variable ${ref.env} is not set`);
    return v;
  }
  const path = ref.file.startsWith('~/') ? join(homedir(), ref.file.slice(2)) : ref.file;
  try {
    return readFileSync(path, 'utf8').replace(/\r?\n$/, '');
  } catch (err) {
    throw new UsageError(`${what}: cannot read ${ref.file}: ${(err as NodeJS.ErrnoException).code ?? errorMessage(err)}`);
  }
}
