// For property tests of loaders: any input either loads or fails with one single-line UsageError.
import { expect } from 'vitest';
import { UsageError } from '../../src/engine/errors.js';

/** true when `fn` returned, false when it threw a one-line UsageError; anything else fails the test. */
export function loadsOrOneLineUsage(fn: () => unknown): boolean {
  try {
    fn();
    return true;
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    expect(err.message).not.toContain('\n');
    return false;
  }
}
