// `ztaudit scan`: flags -> runScan -> writers -> files/stdout -> exit code (CONTRACT.md).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../engine/errors.js';
import type { FactsSnapshot } from '../engine/facts.js';
import { runScan } from '../engine/pipeline.js';
import { SEVERITIES, type Severity } from '../engine/types.js';
import type { Format } from '../report/index.js';
import { makeDirs } from '../report/write.js';
import type { ExitCode } from './run-action.js';
import type { ScanCliOptions } from './scan.js';
import { collectOptions, makeConsole, parseNumber, useColor, writeOutput } from './scan-common.js';

const isDirectory = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** -o PATH: a file for one format (or, when PATH is an existing folder, FOLDER/report.EXT); a folder for several. */
export async function scan(opts: ScanCliOptions): Promise<ExitCode> {
  const con = makeConsole(opts);
  const { parseFormats, render, FILE_NAMES } = await import('../report/index.js');
  const formats = parseFormats(opts.format);
  if (!opts.output && formats.length > 1) throw new UsageError(`several formats (${formats.join(', ')}) need -o FOLDER`);
  if (opts.output && formats.length > 1) {
    // a folder that does not exist yet is created after the scan
    const isFile = (() => {
      try {
        return !statSync(opts.output).isDirectory();
      } catch {
        return false;
      }
    })();
    if (isFile) throw new UsageError(`-o ${opts.output} must be a folder when writing several formats`);
  }
  const failOn = opts.failOn;
  if (failOn !== undefined && !(SEVERITIES as readonly string[]).includes(failOn)) throw new UsageError(`bad --fail-on "${failOn}" (expected one of ${SEVERITIES.join(', ')})`);
  const minScore = parseNumber(opts.minScore, '--min-score', 0, 100, false);
  const minCoverage = parseNumber(opts.minCoverage, '--min-coverage', 0, 100, false);

  let facts: FactsSnapshot | undefined;
  if (opts.facts) facts = (await import('../engine/snapshot.js')).loadSnapshot(opts.facts);
  const exceptions = opts.exceptions ? (await import('../report/exceptions.js')).loadExceptions(opts.exceptions) : undefined;
  const baseline = opts.baseline ? (await import('../report/baseline.js')).loadBaseline(opts.baseline) : undefined;
  const base = collectOptions(opts, con, facts);

  const { report, snapshot, warnings, exitCode } = await runScan({
    ...base,
    checkDirs: opts.checks ?? [],
    ...(opts.only ? { only: opts.only } : {}),
    ...(opts.skip ? { skip: opts.skip } : {}),
    ...(opts.pillar ? { pillars: opts.pillar } : {}),
    ...(exceptions ? { exceptions } : {}),
    ...(baseline ? { baseline } : {}),
    ...(failOn ? { failOn: failOn as Severity } : {}),
    ...(minScore !== undefined ? { minScore } : {}),
    ...(minCoverage !== undefined ? { minCoverage } : {}),
  });
  for (const w of warnings) con.warn(w);

  if (opts.saveFacts) await writeOutput(opts.saveFacts, `${JSON.stringify(snapshot, null, 2)}\n`);
  const text = (f: Format, color: boolean): string => {
    const out = render(report, f, { color });
    for (const w of out.warnings) con.warn(w);
    return out.text;
  };
  if (!opts.output) {
    for (const f of formats) process.stdout.write(text(f, f === 'table' && useColor(opts, process.stdout)));
  } else if (formats.length === 1 && !isDirectory(opts.output)) {
    await writeOutput(opts.output, text(formats[0]!, false));
  } else {
    try {
      await makeDirs(opts.output);
    } catch (err) {
      throw new UsageError(`cannot create folder ${opts.output}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
    }
    for (const f of formats) await writeOutput(join(opts.output, FILE_NAMES[f]), text(f, false));
  }
  if (!report.gate.passed) for (const r of report.gate.reasons) con.warn(`gate: ${r}`);
  return exitCode;
}
