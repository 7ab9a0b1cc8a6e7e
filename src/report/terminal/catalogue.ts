// `ztaudit checks list` and `checks show` as text that fits the terminal, like the table report:
// the list is a grid whose Title column takes the remaining width (below 100 columns severities
// are abbreviated; then Stage, then Kinds, then Pillar are dropped; then the Check column is
// narrowed); one check is laid out as labelled, word-wrapped paragraphs. Both take plain
// metadata (what `checks list --json` prints), however the catalogue was loaded.
import type { ChalkInstance } from 'chalk';
import type { Severity } from '../../engine/types.js';
import type { ReportCheck } from '../model.js';
import { fitColumns, type ColumnSpec } from './columns.js';
import { renderGrid } from './grid.js';
import { paintSeverity, safe } from './paint.js';
import { MIN_WIDTH, wrap } from './width.js';

export type CatalogueEntry = ReportCheck & { cis?: string[]; aliases?: string[] };

const SHORT: Record<Severity, string> = { critical: 'crit', high: 'high', medium: 'med', low: 'low' };
const ABBREVIATE_BELOW = 100;
const LABEL = 10;

export function catalogueTable(c: ChalkInstance, checks: readonly CatalogueEntry[], width: number): string {
  const w = Math.max(MIN_WIDTH, width);
  const short = w < ABBREVIATE_BELOW;
  const columns: ColumnSpec[] = [
    { head: 'Check', cells: checks.map((x) => safe(x.id)), min: 20, shrinkOrder: 1 },
    { head: short ? 'Sev.' : 'Severity', cells: checks.map((x) => (short ? SHORT[x.severity] : x.severity)) },
    { head: 'Pillar', cells: checks.map((x) => x.pillar), dropOrder: 3 },
    { head: 'Stage', cells: checks.map((x) => x.stage ?? ''), dropOrder: 1 },
    { head: 'Kinds', cells: checks.map((x) => x.targetKinds.join(',')), max: 24, dropOrder: 2 },
    { head: 'Title', cells: checks.map((x) => safe(x.title)), flex: true },
  ];
  const layout = fitColumns(columns, w);
  if (layout) return renderGrid(columns, layout, (text, col, row) => (col === 1 ? paintSeverity(c, checks[row]!.severity, text) : text), (h) => c.bold(h));
  return checks.flatMap((x) => wrap(`${safe(x.id)} ${SHORT[x.severity]}: ${safe(x.title)}`, w, '    ')).join('\n');
}

/** One check as readable text: what it is, why it matters, how to fix it, where it comes from. */
export function checkDetails(c: ChalkInstance, x: CatalogueEntry, width: number): string {
  const w = Math.max(MIN_WIDTH, width);
  const out: string[] = [];
  const para = (text: string): void => {
    for (const line of wrap(safe(text), w - 2, '')) out.push(`  ${line}`);
  };
  const section = (title: string): void => {
    out.push('', c.bold(title));
  };
  out.push(c.bold(safe(x.id)));
  for (const line of wrap(safe(x.title), w)) out.push(line);
  out.push('');
  const facts: [string, string][] = [
    ['Severity', paintSeverity(c, x.severity, x.severity)],
    ['Pillar', `${x.pillar}${x.function ? ` (${safe(x.function)})` : ''}`],
    ['Stage', x.stage ?? ''],
    ['Targets', x.targetKinds.join(', ')],
    ...(x.cis?.length ? [['CIS', x.cis.join(', ')] as [string, string]] : []),
    ...(x.aliases?.length ? [['Aliases', x.aliases.map(safe).join(', ')] as [string, string]] : []),
  ];
  // a label column, the value wrapped beside it (wrap() would squeeze the padding)
  for (const [k, v] of facts) for (const [i, line] of wrap(v, w - LABEL).entries()) out.push(`${(i ? '' : k).padEnd(LABEL)}${line}`);
  if (x.rationale) {
    section('Why it matters');
    para(x.rationale);
  }
  section('How to fix');
  para(x.remediation);
  section('References');
  if (x.references.length) for (const r of x.references) for (const [i, line] of wrap(safe(r), w - 4, '').entries()) out.push(`${i ? '    ' : '  - '}${line}`);
  else out.push('  (none)');
  return `${out.join('\n')}\n`;
}
