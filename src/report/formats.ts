// The report formats by name, and the report flags checked against them, without the writers:
// a scan validates `-f` and `--group-by` before collecting and loads the writers while it collects.
import { UsageError } from '../engine/errors.js';
import { GROUP_BY, type GroupBy } from './model.js';

export const FORMATS = ['table', 'json', 'sarif', 'junit', 'markdown', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** File names used when `-o` is a folder (several formats). */
export const FILE_NAMES: Readonly<Record<Format, string>> = {
  table: 'report.txt',
  json: 'report.json',
  sarif: 'report.sarif',
  junit: 'report.xml',
  markdown: 'report.md',
  html: 'report.html',
};

export const isFormat = (s: string): s is Format => (FORMATS as readonly string[]).includes(s);

/** Validate a `-f` list (already split on commas); unknown names are a UsageError, duplicates dropped. */
export function parseFormats(list: readonly string[] | undefined, fallback: Format = 'table'): Format[] {
  const names = list && list.length ? list : [fallback];
  const bad = names.filter((n) => !isFormat(n));
  if (bad.length) throw new UsageError(`unknown format ${bad.join(', ')} (expected one of ${FORMATS.join(', ')})`);
  return [...new Set(names as Format[])];
}

/** `--group-by` checked against the closed list; anything else is a usage error. */
export function parseGroupBy(value: string | undefined): GroupBy | undefined {
  if (value === undefined) return undefined;
  if (!(GROUP_BY as readonly string[]).includes(value)) throw new UsageError(`bad --group-by "${value}" (expected one of ${GROUP_BY.join(', ')})`);
  return value as GroupBy;
}
