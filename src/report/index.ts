// One writer per format, registered in one map whose keys are the Format type (`-f` is checked
// against it). Writers render a finished report; they never recompute scores. Each writer yields
// chunks of text (see ReportWriter), which output.ts streams to a file or stdout.
import type { Format } from './formats.js';
import { html } from './html.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import type { Report, ReportWriter, WriterOptions } from './model.js';
import { buildSarif, sarif } from './sarif.js';
import { table } from './table.js';

export const writers = { table, json, sarif, junit, markdown, html } satisfies Record<Format, ReportWriter>;
export { FILE_NAMES, FORMATS, isFormat, parseFormats, type Format } from './formats.js';

/** What a writer returned, as chunks (a string is one chunk: never iterated character by character). */
export const chunksOf = (out: Iterable<string> | string): Iterable<string> => (typeof out === 'string' ? [out] : out);

/** All of a writer's chunks as one string (tests, small reports). */
export const joinChunks = (out: Iterable<string> | string): string => (typeof out === 'string' ? out : [...out].join(''));

/** Render one format as chunks; also returns warnings for stderr (e.g. SARIF results dropped for GitHub's limits). */
export function render(report: Report, format: Format, opts: WriterOptions): { chunks: Iterable<string>; warnings: string[] } {
  if (format === 'sarif') {
    const { chunks, warnings } = buildSarif(report);
    return { chunks, warnings };
  }
  return { chunks: chunksOf(writers[format](report, opts)), warnings: [] };
}

/** Render one format as one string (tests, and callers that need the whole text). */
export function renderText(report: Report, format: Format, opts: WriterOptions): { text: string; warnings: string[] } {
  const { chunks, warnings } = render(report, format, opts);
  return { text: joinChunks(chunks), warnings };
}
