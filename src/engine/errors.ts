/** A mistake the user can fix (bad flag, unreadable file, malformed input): exit 2, one line. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const errorMessage = (err: unknown): string => (err instanceof Error ? err.message : String(err));
