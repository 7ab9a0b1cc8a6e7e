// The findings table of one pillar, fitted to the terminal. What gives way when it is narrow, in
// this order (docs/report-formats.md):
//   1. the Target column is shown only when the report has several targets;
//   2. below 100 columns severities are abbreviated (crit, high, med, low);
//   3. when the Message column would get fewer than 40 columns, the Resource column is dropped
//      and each resource is written before its message instead;
//   4. then Target, then Check are narrowed (to 12 and 16 columns), cut with an ellipsis;
//   5. when that cut a check id, the Check column goes and each id is written on its own line
//      above its message instead (a cut id names nothing);
//   6. Message takes the rest and wraps at words. Narrower than that fits, rows become lines.
import type { ChalkInstance } from 'chalk';
import type { Result, Severity } from '../../engine/types.js';
import { basename } from 'node:path';
import type { SourceLocation } from '../../engine/types.js';
import { displayStatus, resourceLabel } from '../order.js';
import { fitColumns, type ColumnSpec } from './columns.js';
import { renderGrid } from './grid.js';
import { paintSeverity, paintStatus, safe } from './paint.js';
import { wrap } from './width.js';

/** A check that fails on more resources than this, on one target, is shown as one row. */
export const GROUP_ABOVE = 3;
const NAMED_IN_GROUP = 3;

const SHORT: Record<Severity, string> = { critical: 'crit', high: 'high', medium: 'med', low: 'low' };
export const ABBREVIATE_BELOW = 100;
/** The Message column gets this many columns before Target and Check are narrowed for it. */
const MESSAGE_COMFORT = 40;

/** The terminal names the manifest by its file name; the other reports carry the whole path. */
function shortLocation({ file, line }: SourceLocation): string {
  return `${basename(file)}:${line}`;
}

interface Row {
  first: Result;
  resources: string[];
}

/**
 * One row per finding, except that the findings of one check on one target with one status are
 * folded into a single row when there are more than GROUP_ABOVE of them: a cluster with 10,000
 * pods would otherwise print 10,000 rows of one message. The JSON, SARIF and JUnit reports list every finding.
 */
function rowsOf(results: readonly Result[]): Row[] {
  const byKey = new Map<string, Row>();
  const order: Row[] = [];
  const size = new Map<string, number>();
  const keyOf = (r: Result): string => `${r.checkId}\u0000${r.targetId}\u0000${displayStatus(r)}`;
  for (const r of results) size.set(keyOf(r), (size.get(keyOf(r)) ?? 0) + 1);
  for (const r of results) {
    const key = keyOf(r);
    if ((size.get(key) ?? 0) <= GROUP_ABOVE) {
      order.push({ first: r, resources: [resourceLabel(r)] });
      continue;
    }
    const row = byKey.get(key);
    if (row) row.resources.push(resourceLabel(r));
    else {
      const fresh = { first: r, resources: [resourceLabel(r)] };
      byKey.set(key, fresh);
      order.push(fresh);
    }
  }
  return order;
}

export function findingsTable(c: ChalkInstance, results: readonly Result[], opts: { width: number; multiTarget: boolean; showCheck?: boolean }): string {
  const showCheck = opts.showCheck !== false;
  const rows = rowsOf(results).map(({ first: r, resources }) => {
    const grouped = resources.length > 1;
    return {
      r,
      resource: safe(
        grouped ? `${resources.length} resources: ${resources.slice(0, NAMED_IN_GROUP).join(', ')}${resources.length > NAMED_IN_GROUP ? ', ...' : ''}` : resources[0]!,
      ),
      // the manifest file and line, where the finding was read from one
      message: safe(grouped ? `${r.message} (first of ${resources.length})` : r.location ? `${r.message} (at ${shortLocation(r.location)})` : r.message),
    };
  });
  const sev = (s: Severity): string => (opts.width < ABBREVIATE_BELOW ? SHORT[s] : s);
  const columns = (foldResource: boolean, foldCheck = false): ColumnSpec[] => [
    { head: 'Status', cells: rows.map(({ r }) => displayStatus(r)) },
    { head: opts.width < ABBREVIATE_BELOW ? 'Sev.' : 'Severity', cells: rows.map(({ r }) => sev(r.severity)) },
    ...(showCheck && !foldCheck ? [{ head: 'Check', cells: rows.map(({ r }) => safe(r.checkId)), max: 44, min: 16, shrinkOrder: 2 }] : []),
    ...(opts.multiTarget ? [{ head: 'Target', cells: rows.map(({ r }) => safe(r.targetId)), max: 32, min: 12, shrinkOrder: 1 }] : []),
    ...(foldResource ? [] : [{ head: 'Resource', cells: rows.map((x) => x.resource), max: 40, dropOrder: 1 }]),
    {
      head: foldCheck ? 'Check and message' : 'Message',
      cells: rows.map((x) => {
        const text = foldResource && x.resource ? `${x.resource}: ${x.message}` : x.message;
        return foldCheck ? `${safe(x.r.checkId)}\n${text}` : text;
      }),
      flex: true,
    },
  ];
  let cols = columns(false);
  let layout = fitColumns(cols, opts.width, MESSAGE_COMFORT);
  if (layout && layout.shown.length < cols.length) {
    // the Resource column gave way: lay out again with each resource in front of its message
    cols = columns(true);
    layout = fitColumns(cols, opts.width, MESSAGE_COMFORT);
  }
  const checkAt = layout && showCheck ? layout.shown.indexOf(2) : -1;
  if (layout && checkAt >= 0 && layout.widths[checkAt]! < Math.min(44, Math.max(...rows.map(({ r }) => r.checkId.length)))) {
    // a cut check id names nothing: the id goes on its own line above the message instead
    cols = columns(true, true);
    layout = fitColumns(cols, opts.width, MESSAGE_COMFORT);
  }
  const paint = (text: string, col: number, row: number): string => {
    const { r } = rows[row]!;
    if (col === 0) return paintStatus(c, r, text);
    if (col === 1) return paintSeverity(c, r.severity, text);
    return text;
  };
  if (layout) return renderGrid(cols, layout, paint, (s) => c.bold(s));
  // too narrow for any table: each row becomes wrapped lines (uncoloured: this is a last resort)
  return rows
    .flatMap(({ r, resource, message }) => {
      const target = opts.multiTarget ? ` ${safe(r.targetId)}` : '';
      const check = showCheck ? ` ${safe(r.checkId)}` : '';
      return wrap(`${displayStatus(r)} ${sev(r.severity)}${check}${target}: ${resource ? `${resource}: ` : ''}${message}`, opts.width, '    ');
    })
    .join('\n');
}
