// The built-in checks' metadata in one file (dist/catalogue.json), written after the build, so
// `checks list` and `checks show` print metadata without importing every check module (and the
// kit, netpol and YAML code they pull in). The file records a digest of the check files it was
// made from; when they differ (a check edited or added without rebuilding the catalogue, a
// partial build) it is not used and the checks are loaded as before. Extra packs (`--checks`)
// are always loaded.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { CheckMeta } from './check.js';
import { isModule, isYaml, walk } from './check-files.js';
import { packageRoot, runningFromSource } from './paths.js';

/** A check as its metadata alone (what listing it needs). */
export interface CheckInfo {
  meta: CheckMeta;
  file?: string;
}

interface CatalogueFile {
  kind: 'ztaudit-catalogue';
  digest: string;
  checks: { meta: CheckMeta; file?: string }[];
  /** the built-in YAML checks as parsed data, in load order: a scan compiles them without a YAML parser */
  yaml: [file: string, raw: unknown][];
}

export const CATALOGUE_FILE = join(packageRoot, 'dist', 'catalogue.json');

/** The files the built-in catalogue is loaded from (registry.ts loadBuiltinChecks), relative to the package. */
function builtinFiles(): string[] {
  const modules = join(packageRoot, 'dist', 'checks');
  const src = join(packageRoot, 'checks');
  const files = [...(existsSync(modules) ? walk(modules).filter((f) => isModule(f, false)) : []), ...(existsSync(src) ? walk(src).filter(isYaml) : [])];
  return files.map((f) => relative(packageRoot, f).split(sep).join('/')).sort();
}

/** A digest of the names and contents of every built-in check file. */
export function builtinDigest(): string {
  const h = createHash('sha256');
  for (const f of builtinFiles()) h.update(`${f}\u0000`).update(readFileSync(join(packageRoot, f))).update('\u0000');
  return h.digest('hex');
}

const rel = (file: string): string => relative(packageRoot, file).split(sep).join('/');

/** The catalogue file's text for these checks (loaded from the current build) and the built-in YAML checks' parsed data. */
export function catalogueText(checks: readonly CheckInfo[], yaml: readonly [file: string, raw: unknown][]): string {
  const body: CatalogueFile = {
    kind: 'ztaudit-catalogue',
    digest: builtinDigest(),
    checks: checks.map((c) => ({ meta: c.meta, ...(c.file ? { file: rel(c.file) } : {}) })),
    yaml: yaml.map(([file, raw]) => [rel(file), raw]),
  };
  return `${JSON.stringify(body)}\n`;
}

let current: CatalogueFile | null | undefined;
/** dist/catalogue.json when it matches the check files (read once per process), else null. */
function currentCatalogue(): CatalogueFile | null {
  if (current !== undefined) return current;
  current = null;
  if (runningFromSource || !existsSync(CATALOGUE_FILE)) return current;
  try {
    const parsed = JSON.parse(readFileSync(CATALOGUE_FILE, 'utf8')) as CatalogueFile;
    if (parsed.kind === 'ztaudit-catalogue' && Array.isArray(parsed.checks) && Array.isArray(parsed.yaml) && parsed.digest === builtinDigest()) current = parsed;
  } catch {
    // unreadable: the checks are loaded instead
  }
  return current;
}

/** The built-in checks' metadata from dist/catalogue.json, or undefined when it is missing or out of date. */
export function readCatalogueFile(): CheckInfo[] | undefined {
  return currentCatalogue()?.checks.map((c) => ({ meta: c.meta, ...(c.file ? { file: resolve(packageRoot, c.file) } : {}) }));
}

/** The built-in YAML checks' parsed data (absolute file, data), in load order; undefined when the catalogue is not current. */
export function readCatalogueYaml(): [file: string, raw: unknown][] | undefined {
  return currentCatalogue()?.yaml.map(([file, raw]) => [resolve(packageRoot, file), raw]);
}

