// Where rendered reports go (shared by scan, report and merge): stdout for one format and no -o;
// a file for one format; a folder (report.json, report.sarif, ...) for several. Files are
// written atomically. Writer warnings go to stderr.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../engine/errors.js';
import { FILE_NAMES, render, type Format } from './index.js';
import type { GroupBy, Report } from './model.js';
import type { TrendPoint } from './trend.js';
import { useColor } from './color.js';
import { reportWidth } from './terminal/width.js';
import { makeDirs, writeBatched, writeFileAtomic } from './write.js';

export interface OutputOptions {
  /** `-o` */
  output?: string;
  /** false under --no-color; NO_COLOR and a non-TTY stdout turn colour off too */
  color?: boolean;
  /** where writer warnings go (the CLI's console, which -q silences); stderr by default */
  warn?: (message: string) => void;
  /** `-q`: the table prints only its summary */
  summaryOnly?: boolean;
  /** `-v`: the table lists passes too */
  withPasses?: boolean;
  /** `--group-by`: how the table groups findings */
  groupBy?: GroupBy;
  /** score and coverage over time, from the scan history (`--history`): the HTML report draws it */
  trend?: readonly TrendPoint[];
}

export { useColor } from './color.js';

const isDir = (p: string): boolean => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

/** The paths each format goes to (undefined = stdout). */
export function outputPaths(formats: readonly Format[], output: string | undefined): Map<Format, string | undefined> {
  if (!output) {
    if (formats.length > 1) throw new UsageError(`several formats (${formats.join(', ')}) need -o FOLDER`);
    return new Map([[formats[0]!, undefined]]);
  }
  // `-o out/` names a folder even before it exists
  const folder = isDir(output) || /[\\/]$/.test(output);
  if (formats.length === 1 && !folder) return new Map([[formats[0]!, output]]);
  return new Map(formats.map((f) => [f, join(output, FILE_NAMES[f])]));
}

/**
 * One batch to stdout, waiting while the pipe is full so a large report is not queued in memory.
 * A reader that went away (EPIPE, handled in main) ends the wait too: the rest is dropped.
 */
function writeStdout(batch: string | Uint8Array): Promise<void> {
  const out = process.stdout;
  if (out.destroyed || out.write(batch)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      out.off('drain', done);
      out.off('close', done);
      out.off('error', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
    out.on('error', done);
  });
}

export async function emitReport(report: Report, formats: readonly Format[], opts: OutputOptions): Promise<void> {
  const paths = outputPaths(formats, opts.output);
  const intoFolder = opts.output !== undefined && [...paths.values()].some((p) => p !== opts.output);
  if (intoFolder) {
    try {
      await makeDirs(opts.output!);
    } catch (err) {
      throw new UsageError(`cannot create folder ${opts.output}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
    }
  }
  for (const [format, path] of paths) {
    const toFile = path !== undefined;
    const { chunks, warnings } = render(report, format, {
      color: useColor(opts.color, toFile),
      width: reportWidth(toFile),
      summaryOnly: !!opts.summaryOnly,
      withPasses: !!opts.withPasses,
      ...(opts.groupBy ? { groupBy: opts.groupBy } : {}),
      ...(opts.trend ? { trend: opts.trend } : {}),
    });
    for (const w of warnings) (opts.warn ?? ((m: string) => process.stderr.write(`ztaudit: warning: ${m}\n`)))(w);
    if (path === undefined) await writeBatched(chunks, writeStdout);
    else await writeFileAtomic(path, chunks);
  }
}
