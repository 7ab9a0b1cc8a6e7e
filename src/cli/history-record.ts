// `scan --history` and `merge --history`: record the finished report in the store and read back
// the trend for the HTML report. A store that fails is reported, never thrown: the reports are
// written all the same, and the command then exits 2 (docs/cli.md "History").
import { errorMessage } from '../engine/errors.js';
import type { HistoryLocation } from '../history/open.js';
import type { Report } from '../report/model.js';
import type { TrendPoint } from '../report/trend.js';

export interface Recorded {
  /** score and coverage over the recorded scans, this one included */
  trend?: TrendPoint[];
  /** why the scan could not be recorded (one line) */
  error?: string;
}

export async function recordInHistory(loc: HistoryLocation, report: Report, withTrend: boolean): Promise<Recorded> {
  const { openHistory } = await import('../history/open.js');
  const { scanRecord } = await import('../history/record.js');
  const { trendPoints } = await import('../history/trend.js');
  try {
    const store = await openHistory(loc);
    try {
      await store.record(scanRecord(report));
      return withTrend ? { trend: trendPoints(await store.scans()) } : {};
    } finally {
      await store.close();
    }
  } catch (err) {
    return { error: `scan ${report.scan.id} not recorded: ${errorMessage(err).replace(/\s*\n\s*/g, ' ')}` };
  }
}
