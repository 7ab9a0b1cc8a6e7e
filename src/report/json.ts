import type { ReportWriter } from './model.js';
import { jsonChunks } from './json-stream.js';

/** The report as it is: pretty-printed (exactly JSON.stringify(report, null, 2)), one trailing newline, in chunks. */
export const json: ReportWriter = function* (report) {
  // results hold no arrays: batched without a look into each of a quarter million
  yield* jsonChunks(report, '', 8, new Set([report.results]));
  yield '\n';
};
