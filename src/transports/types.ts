// How bytes reach a target. A transport is deliberately small: run a program with a fixed argv
// (and optional stdin), read a file, close. Every call has a time budget and an abort signal;
// one transport instance is one connection to one target, reused for everything on it.
//
// Transports never build shell strings from inventory values. Remote ones that must send a
// command line (SSH exec takes a string) quote each argv element with `shellQuote`.

export interface ExecRequest {
  /** program and arguments; argv[0] is looked up on the target's PATH */
  argv: readonly string[];
  /** bytes written to the program's stdin, then stdin is closed (a script for `sh -s`) */
  stdin?: string;
  /** budget for this call */
  timeoutMs: number;
  signal: AbortSignal;
  /** stdout beyond this is dropped and the call ends with `error` (default 64 MiB) */
  maxOutputBytes?: number;
}

export interface ExecResult {
  stdout: string;
  /** first 64 KiB of stderr */
  stderr: string;
  /** exit status; null when the program did not exit by itself (killed, timed out, channel lost) */
  code: number | null;
  /** set when the call did not run to its end: "timed out after 30s", "connection lost", ... */
  error?: string;
}

export interface ReadFileRequest {
  path: string;
  timeoutMs: number;
  signal: AbortSignal;
  maxBytes?: number;
}

/** The budget and the signal a connection is opened under. */
export interface OpenContext {
  timeoutMs: number;
  signal: AbortSignal;
}

export interface Transport {
  /** 'local', 'ssh', 'winrm', 'kube', 'https' */
  readonly name: string;
  /** Run one program. Never throws for the program's own failure: that is `code`/`error`. */
  exec(req: ExecRequest): Promise<ExecResult>;
  /** Read one file (the transport's own way: fs, sftp, `cat` on a channel...). Throws with the reason. */
  readFile(req: ReadFileRequest): Promise<Buffer>;
  /** Release the connection; idempotent. */
  close(): Promise<void>;
}

/** Quote one argument for a POSIX shell: the only way an argument ever reaches a remote command line. */
export const shellQuote = (arg: string): string => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);

/** A whole argv as one POSIX command line. */
export const shellCommand = (argv: readonly string[]): string => argv.map(shellQuote).join(' ');

export const DEFAULT_MAX_OUTPUT = 64 * 1024 * 1024;

/** Why a connection could not be made, said in one line (the target becomes `unreachable` with it). */
export class TransportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransportError';
  }
}

/** "timed out after 30s" / "timed out after 250 ms": the budget as a person reads it. */
export const timedOut = (ms: number): string => `timed out after ${ms < 1000 ? `${ms} ms` : `${ms / 1000}s`}`;
