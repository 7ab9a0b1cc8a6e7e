// `ztaudit history` and `ztaudit trend`: read the store that `scan --history` writes.
import { existsSync } from 'node:fs';
import { UsageError } from '../engine/errors.js';
import { PILLARS, type Pillar } from '../engine/types.js';
import { historyLocation, openHistory } from '../history/open.js';
import type { ScanRecord } from '../history/record.js';
import { HistoryError, type ScanFilter } from '../history/store.js';
import { renderHistory } from '../history/table.js';
import { renderTrend, trendPoints } from '../history/trend.js';
import type { ExitCode } from './run-action.js';

export interface HistoryCliOptions {
  history?: string | boolean;
  json?: boolean;
}

export interface TrendCliOptions extends HistoryCliOptions {
  pillar?: string[];
  since?: string;
}

/** --since: a date (midnight UTC) or an instant, as the ISO string the store compares with. */
export function parseSince(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(`${v}T00:00:00Z`) : /^\d{4}-\d{2}-\d{2}T/.test(v) ? Date.parse(v) : NaN;
  if (!Number.isFinite(ms)) throw new UsageError(`bad --since "${value}" (expected YYYY-MM-DD or an ISO 8601 date-time)`);
  return new Date(ms).toISOString();
}

export function parsePillars(list: readonly string[] | undefined): Pillar[] {
  if (!list || list.length === 0) return [...PILLARS];
  const bad = list.filter((p) => !(PILLARS as readonly string[]).includes(p));
  if (bad.length) throw new UsageError(`unknown pillar ${bad.join(', ')} (expected one of ${PILLARS.join(', ')})`);
  return PILLARS.filter((p) => list.includes(p));
}

/** Read the scans; a store that cannot be read is one line and exit 2 (as with an unreadable report). */
async function readScans(opts: HistoryCliOptions, filter: ScanFilter): Promise<ScanRecord[]> {
  const loc = historyLocation(opts.history);
  // reading never creates a store: a file that is not there holds no scans
  if (loc.kind === 'sqlite' && !existsSync(loc.path)) return [];
  try {
    const store = await openHistory(loc);
    try {
      return await store.scans(filter);
    } finally {
      await store.close();
    }
  } catch (err) {
    if (err instanceof HistoryError) throw new UsageError(`history: ${err.message}`);
    throw err;
  }
}

export async function historyCommandImpl(opts: HistoryCliOptions): Promise<ExitCode> {
  const scans = await readScans(opts, {});
  process.stdout.write(opts.json ? `${JSON.stringify(scans, null, 2)}\n` : renderHistory(scans));
  return 0;
}

export async function trendCommandImpl(opts: TrendCliOptions): Promise<ExitCode> {
  const pillars = parsePillars(opts.pillar);
  const since = parseSince(opts.since);
  const scans = await readScans(opts, since ? { since } : {});
  const points = trendPoints(scans, pillars);
  process.stdout.write(opts.json ? `${JSON.stringify(points, null, 2)}\n` : renderTrend(points, pillars));
  return 0;
}
