// The built-in checks' metadata in one file (dist/catalogue.json), written after the build, so
// `checks list` and `checks show` print metadata without importing every check module (and the
// kit, netpol and YAML code they pull in). The file records the names, sizes and a digest of the
// check files it was made from. It is current when names and sizes match and no file is newer
// than it (file metadata only, the usual case), or, when some are newer (tsc rewrites every
// output), when their contents still give the digest. Otherwise (a check edited or added without
// rebuilding it, a partial build) it is not used and the checks are loaded as before. Extra packs
// (`--checks`) are always loaded.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
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
  /** the check files it was made from, relative to the package, with their sizes */
  files: [file: string, size: number][];
  /** sha256 of the names and contents of those files */
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

/** Each built-in check file with its size and modification time. */
const builtinStats = (): { file: string; size: number; mtimeMs: number }[] =>
  builtinFiles().map((file) => {
    const st = statSync(join(packageRoot, file));
    return { file, size: st.size, mtimeMs: st.mtimeMs };
  });

/** A digest of the names and contents of these check files. */
function digestOf(files: readonly string[]): string {
  const h = createHash('sha256');
  for (const f of files) h.update(`${f}\u0000`).update(readFileSync(join(packageRoot, f))).update('\u0000');
  return h.digest('hex');
}

/** Whether the catalogue was made from the check files as they are now. */
function isCurrent(parsed: CatalogueFile, catalogueMtimeMs: number): boolean {
  const now = builtinStats();
  const recorded = parsed.files;
  if (now.length !== recorded.length || !now.every((f, i) => f.file === recorded[i]![0] && f.size === recorded[i]![1])) return false;
  return now.every((f) => f.mtimeMs <= catalogueMtimeMs) || digestOf(now.map((f) => f.file)) === parsed.digest;
}

const rel = (file: string): string => relative(packageRoot, file).split(sep).join('/');

/** The catalogue file's text for these checks (loaded from the current build) and the built-in YAML checks' parsed data. */
export function catalogueText(checks: readonly CheckInfo[], yaml: readonly [file: string, raw: unknown][]): string {
  const body: CatalogueFile = {
    kind: 'ztaudit-catalogue',
    files: builtinStats().map((f): [string, number] => [f.file, f.size]),
    digest: digestOf(builtinFiles()),
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
    const mtimeMs = statSync(CATALOGUE_FILE).mtimeMs;
    const parsed = JSON.parse(readFileSync(CATALOGUE_FILE, 'utf8')) as CatalogueFile;
    if (parsed.kind === 'ztaudit-catalogue' && Array.isArray(parsed.checks) && Array.isArray(parsed.yaml) && Array.isArray(parsed.files) && isCurrent(parsed, mtimeMs)) current = parsed;
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

