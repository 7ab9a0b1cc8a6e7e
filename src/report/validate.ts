// Validates a parsed JSON report against schema/report.schema.json (shipped in the package), and
// loads saved reports for `report`, `diff` and `merge`: anything malformed is one UsageError line.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { UsageError, errorMessage } from '../engine/errors.js';
import { packageRoot } from '../engine/paths.js';
import type { Report } from './model.js';
import { oneLine } from './write.js';

// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the module.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (
  ajv: Ajv2020,
) => Ajv2020;

export const REPORT_SCHEMA_PATH = join(packageRoot, 'schema', 'report.schema.json');

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    compiled = ajv.compile(JSON.parse(readFileSync(REPORT_SCHEMA_PATH, 'utf8')) as object);
  }
  return compiled;
}

const describe = (e: ErrorObject): string => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${e.keyword === 'additionalProperties' ? ` (${String(e.params['additionalProperty'])})` : ''}`;

export function validateReport(obj: unknown): { valid: boolean; errors: string[] } {
  const validate = validator();
  const valid = validate(obj) as boolean;
  return { valid, errors: valid ? [] : (validate.errors ?? []).map(describe) };
}

/** Read, parse and validate a saved JSON report; any problem is a UsageError naming the file. */
export async function loadReport(path: string): Promise<Report> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read report ${path}: ${oneLine(errorMessage(err))}`);
  }
  let obj: unknown;
  try {
    obj = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${path}: not valid JSON: ${oneLine(errorMessage(err))}`);
  }
  const { valid, errors } = validateReport(obj);
  if (!valid) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    throw new UsageError(`${path}: not a ztaudit JSON report (schemaVersion 1): ${oneLine(errors[0] ?? 'invalid')}${more}`);
  }
  return obj as Report;
}
