import type { ReportWriter } from './model.js';
import { jsonChunks } from './json-stream.js';

/** The report as it is: pretty-printed (exactly JSON.stringify(report, null, 2)), one trailing newline, in chunks. */
export const json: ReportWriter = function* (report) {
  yield* jsonChunks(report);
  yield '\n';
};
