// `ztaudit scan`: flags -> runScan -> writers -> files/stdout -> exit code (CONTRACT.md).
import { statSync } from 'node:fs';
import { UsageError } from '../engine/errors.js';
import type { FactsSnapshot } from '../engine/facts.js';
import { runScan, type ScanOutcome } from '../scan/pipeline.js';
import { SEVERITIES, type Severity } from '../engine/types.js';
import type { ExitCode } from './run-action.js';
import { collectOptions, makeConsole, parseNumber, writeOutput } from './scan-common.js';
import type { TargetCliOptions } from './target-options.js';

export interface ScanCliOptions extends TargetCliOptions {
  only?: string[];
  skip?: string[];
  pillar?: string[];
  format?: string[];
  output?: string;
  failOn?: string;
  minScore?: string;
  minCoverage?: string;
  baseline?: string;
  exceptions?: string;
  checks?: string[];
  saveFacts?: string;
  groupBy?: string;
  /** `--history` alone is true: the default SQLite file */
  history?: string | boolean;
}

/** -o PATH: a file for one format (or, when PATH is an existing folder, FOLDER/report.EXT); a folder for several. */
export async function scan(opts: ScanCliOptions): Promise<ExitCode> {
  const con = makeConsole(opts);
  const { parseFormats, parseGroupBy } = await import('../report/formats.js');
  const formats = parseFormats(opts.format);
  const groupBy = parseGroupBy(opts.groupBy);
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

  // a malformed --history value is a usage error before anything is collected
  const historyLoc = opts.history !== undefined ? (await import('../history/open.js')).historyLocation(opts.history) : undefined;

  let facts: FactsSnapshot | undefined;
  if (opts.facts) facts = (await import('../engine/snapshot.js')).loadSnapshot(opts.facts);
  const exceptions = opts.exceptions ? (await import('../report/exceptions.js')).loadExceptions(opts.exceptions) : undefined;
  const baseline = opts.baseline ? (await import('../report/baseline.js')).loadBaseline(opts.baseline) : undefined;

  const { trapInterrupts } = await import('./interrupt.js');
  // an interruption's notice clears the progress bar first
  const trap = trapInterrupts((line) => con.say(line));
  try {
    // the facts are saved, then let go before the reports are written (a fleet's snapshot is
    // about 90 MiB of objects for 10,000 hosts, which the reports never read)
    const saveFacts = async (o: ScanOutcome): Promise<ScanOutcome> => {
      if (opts.saveFacts) await writeOutput(opts.saveFacts, `${JSON.stringify(o.snapshot, null, 2)}\n`);
      return o;
    };
    const scanning = runScan({
      ...collectOptions(opts, con, facts),
      interrupt: trap.signal,
      checkDirs: opts.checks ?? [],
      ...(opts.only ? { only: opts.only } : {}),
      ...(opts.skip ? { skip: opts.skip } : {}),
      ...(opts.pillar ? { pillars: opts.pillar } : {}),
      ...(exceptions ? { exceptions } : {}),
      ...(baseline ? { baseline } : {}),
      ...(failOn ? { failOn: failOn as Severity } : {}),
      ...(minScore !== undefined ? { minScore } : {}),
      ...(minCoverage !== undefined ? { minCoverage } : {}),
      // the writers load while the targets are collected
      whileCollecting: () => import('../report/output.js'),
    })
      .finally(() => con.finish())
      .then(saveFacts);
    // the pipeline holds the facts it was given for as long as it needs them, and no longer
    facts = undefined;
    const { report, warnings, exitCode } = await scanning;
    for (const w of warnings) con.warn(w);

    const recorded = historyLoc ? await (await import('./history-record.js')).recordInHistory(historyLoc, report, formats.includes('html')) : undefined;
    const { emitReport } = await import('../report/output.js');
    await emitReport(report, formats, { ...(opts.output ? { output: opts.output } : {}), ...(recorded?.trend ? { trend: recorded.trend } : {}), color: opts.color !== false, summaryOnly: !!opts.quiet, withPasses: !!opts.verbose, ...(groupBy ? { groupBy } : {}), warn: (w) => con.warn(w) });
    // stderr says which of exit 1 (a breach) or exit 3 (incomplete) each reason stands for; a table
    // on stdout already ends with them, in words, so they are not said twice in one terminal
    const { isIncompleteReason } = await import('../report/gate.js');
    const tableOnStdout = !opts.output && formats.includes('table');
    if (!tableOnStdout) for (const r of report.gate.reasons) con.warn(`${isIncompleteReason(r) ? 'incomplete' : 'gate failed'}: ${r}`);
    // the reports are written; a record that was asked for and not made fails the run (even under -q)
    if (recorded?.error) {
      process.stderr.write(`ztaudit: history: ${recorded.error}\n`);
      return 2;
    }
    return exitCode;
  } finally {
    trap.release();
  }
}
