// Every command handler runs inside runAction: a thrown UsageError is one line on stderr and
// exit 2; any other error is one line and exit 2 too, with the stack only under --verbose.
import { UsageError, errorMessage } from '../engine/errors.js';

export type ExitCode = 0 | 1 | 2 | 3;

export function runAction<A extends unknown[]>(fn: (...args: A) => Promise<ExitCode | void>) {
  return async (...args: A): Promise<void> => {
    try {
      const code = await fn(...args);
      process.exitCode = code ?? 0;
    } catch (err) {
      const verbose = process.argv.includes('-v') || process.argv.includes('--verbose');
      process.stderr.write(`ztaudit: ${errorMessage(err)}\n`);
      if (verbose && !(err instanceof UsageError) && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
      process.exitCode = 2;
    }
  };
}

/** A repeatable flag's values, in order. */
export const repeat = (v: string, prev: string[] = []): string[] => [...prev, v];

/** Split "a,b" and repeated flags into one list. */
export const splitList = (value: string, prev: string[] = []): string[] => [
  ...prev,
  ...value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
];
