// What `scan` and `collect` share: flags -> targets and collection options, stderr progress
// (only on a TTY, never with -q), warnings, and colour (off with --no-color or NO_COLOR).
import { UsageError } from '../engine/errors.js';
import type { CollectStageOptions } from '../scan/pipeline.js';
import type { TargetFacts } from '../engine/facts.js';
import { buildTargets, namesTargets, parseShard } from '../inventory/targets.js';
import type { TargetCliOptions } from './target-options.js';
import { ProgressBar, type ProgressStream } from './progress.js';
import { VERSION } from './version.js';

export function parseNumber(value: string | undefined, flag: string, min: number, max: number, integer: boolean): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
    throw new UsageError(`bad ${flag} "${value}" (expected ${integer ? 'an integer' : 'a number'} from ${min} to ${max})`);
  }
  return n;
}

export interface Console {
  warn(line: string): void;
  /** a target finished collecting: the progress bar moves (on a terminal, without -q) */
  progress(done: number, total: number, target: TargetFacts): void;
  verbose(line: string): void;
  /** a line said whatever -q says (an interruption's notice), clearing the progress bar first */
  say(line: string): void;
  /** collection is over: the progress bar goes away */
  finish(): void;
}

export function makeConsole(opts: TargetCliOptions, stderr: ProgressStream = process.stderr): Console {
  const quiet = !!opts.quiet;
  const bar = new ProgressBar(stderr, !quiet);
  return {
    warn: (line) => {
      if (!quiet) bar.interrupt(`ztaudit: warning: ${line}\n`);
    },
    progress: (done, total, t) => bar.update(done, total, t.status, t.target.id),
    verbose: (line) => {
      if (opts.verbose && !quiet) bar.interrupt(`ztaudit: ${line}\n`);
    },
    say: (line) => bar.interrupt(`ztaudit: ${line}\n`),
    finish: () => bar.finish(),
  };
}

/** Flags -> the collection half of the pipeline's options. With --facts alone nothing is collected. */
export function collectOptions(opts: TargetCliOptions, con: Console, withFacts: CollectStageOptions['facts']): CollectStageOptions {
  const concurrency = parseNumber(opts.concurrency, '--concurrency', 1, 10_000, true)!;
  const timeout = parseNumber(opts.timeout, '--timeout', 0.001, 86_400, false)!;
  const shard = opts.shard !== undefined ? parseShard(opts.shard) : undefined;
  const skipLocal = withFacts !== undefined && !namesTargets(opts);
  const { targets, warnings } = skipLocal ? { targets: [], warnings: [] } : buildTargets(opts);
  for (const w of warnings) con.warn(w);
  return {
    targets,
    ...(withFacts ? { facts: withFacts } : {}),
    ...(shard ? { shard } : {}),
    concurrency,
    timeoutMs: Math.round(timeout * 1000),
    version: VERSION,
    log: (m) => con.verbose(m),
    onTarget: (done: number, total: number, t: TargetFacts) => con.progress(done, total, t),
  };
}

/**
 * Write an output file: atomically (temp file + rename) for regular files, but straight into
 * anything else that already exists (/dev/stdout, /dev/null, a FIFO): renaming over a device
 * would replace it with a plain file, and as root that breaks the machine.
 */
export async function writeOutput(path: string, data: string): Promise<void> {
  const { writeFileAtomic } = await import('../report/write.js');
  await writeFileAtomic(path, data);
}
