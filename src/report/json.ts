import type { ReportWriter } from './model.js';

/** The report as it is: pretty-printed, one trailing newline. */
export const json: ReportWriter = (report) => `${JSON.stringify(report, null, 2)}\n`;
