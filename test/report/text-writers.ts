// The writers as one string each, for tests that read a whole report: writers yield chunks
// (src/report/model.ts ReportWriter), which these join.
import { joinChunks, writers } from '../../src/report/index.js';
import type { Report, WriterOptions } from '../../src/report/model.js';

const text =
  (format: keyof typeof writers) =>
  (report: Report, opts: WriterOptions): string =>
    joinChunks(writers[format](report, opts));

export const table = text('table');
export const json = text('json');
export const sarif = text('sarif');
export const junit = text('junit');
export const markdown = text('markdown');
export const html = text('html');
export const textWriters = { table, json, sarif, junit, markdown, html };
