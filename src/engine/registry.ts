// The check catalogue: built-in checks are found by walking checks/<domain>/, one file per check,
// named by its id. Extra packs (`--checks DIR`) load the same way: compiled JS modules or YAML.
import { existsSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Check } from './check.js';
import { UsageError, errorMessage } from './errors.js';
import { isModule, isYaml, walk } from './check-files.js';
import { packageRoot, runningFromSource } from './paths.js';
import { readCatalogueFile, readCatalogueYaml } from './catalogue-file.js';
import { compileYamlCheck, loadYamlCheckFile } from './yaml-checks.js';

function isCheck(value: unknown): value is Check {
  const c = value as Check | undefined;
  return !!c && typeof c === 'object' && typeof c.evaluate === 'function' && !!c.meta && typeof c.meta.id === 'string';
}

async function loadModuleCheck(file: string): Promise<Check> {
  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (err) {
    throw new UsageError(`cannot load check module ${file}: ${errorMessage(err)}`);
  }
  if (!isCheck(mod.default)) throw new UsageError(`${file}: does not default-export a check (defineCheck)`);
  return { ...mod.default, file };
}

/** Load every check under a folder (modules and YAML); `source` picks .ts over .js. */
export async function loadCheckDir(dir: string, source = false): Promise<Check[]> {
  // `--checks PATH` may also name a single check file
  const single = (() => {
    try {
      return statSync(dir).isFile();
    } catch {
      return false;
    }
  })();
  const files = single ? [dir] : walk(dir);
  const checks: Check[] = [];
  for (const f of files) {
    if (isYaml(f)) checks.push(loadYamlCheckFile(f));
    else if (isModule(f, source)) checks.push(await loadModuleCheck(f));
  }
  return checks;
}

let builtinCache: Promise<Check[]> | undefined;
const byKindsCache = new Map<string, Promise<Check[]>>();
/** Built-in checks listed by their metadata whose module is imported by withEvaluators (deferred loading). */
const deferred = new WeakSet<Check>();

/**
 * The checks that ship with ztaudit. With `kinds`, and a current catalogue file, no check module is
 * imported here: every check is present by its metadata, for selection and validation, and
 * withEvaluators later imports the modules of the selected checks for those target kinds (a scan
 * does so while its targets are being collected; a local scan never loads the Kubernetes checks).
 * The others are never evaluated: the pipeline evaluates only checks for its targets' kinds.
 */
export function loadBuiltinChecks(kinds?: ReadonlySet<string>): Promise<Check[]> {
  const listed = kinds ? readCatalogueFile() : undefined;
  if (kinds && listed) {
    const key = [...kinds].sort().join(',');
    let cached = byKindsCache.get(key);
    if (!cached) {
      cached = (async () => {
        const byFile = new Map((await loadBuiltinYamlChecks()).map((c) => [c.file, c]));
        const out: Check[] = [];
        for (const info of listed) {
          const yaml = info.file ? byFile.get(info.file) : undefined;
          if (yaml) out.push(yaml);
          else {
            const listedOnly: Check = { meta: info.meta, evaluate: notLoaded(info.meta.id), ...(info.file ? { file: info.file } : {}) };
            if (info.file && info.meta.targetKinds.some((k) => kinds.has(k))) deferred.add(listedOnly);
            out.push(listedOnly);
          }
        }
        return out;
      })();
      byKindsCache.set(key, cached);
    }
    return cached;
  }
  builtinCache ??= (async () => {
    const modules = runningFromSource ? join(packageRoot, 'checks') : join(packageRoot, 'dist', 'checks');
    const mods = existsSync(modules) ? (await loadCheckDir(modules, runningFromSource)).filter((c) => !isYaml(c.file ?? '')) : [];
    const all = [...mods, ...(await loadBuiltinYamlChecks())];
    for (const c of all) {
      const want = basename(c.file ?? '', extname(c.file ?? ''));
      if (want !== c.meta.id) throw new Error(`built-in check ${relative(packageRoot, c.file ?? '')} must be named by its id ${c.meta.id}`);
    }
    return all;
  })();
  return builtinCache;
}

/**
 * The built-in YAML checks, read from the source folder (tsc does not copy them into dist/), or
 * taken already parsed from the catalogue file when it matches them (no YAML parser loaded).
 */
async function loadBuiltinYamlChecks(): Promise<Check[]> {
  const src = join(packageRoot, 'checks');
  const parsed = readCatalogueYaml();
  return parsed ? parsed.map(([file, raw]): Check => ({ ...compileYamlCheck(raw, file), file })) : existsSync(src) ? walk(src).filter(isYaml).map(loadYamlCheckFile) : [];
}

/**
 * The catalogue with the modules of the wanted deferred checks imported (all at once: the loader
 * reads their files concurrently); every other check is returned as it was.
 */
export async function withEvaluators(checks: readonly Check[], wanted: (c: Check) => boolean): Promise<Check[]> {
  return Promise.all(checks.map((c) => (deferred.has(c) && wanted(c) && c.file ? loadModuleCheck(c.file) : c)));
}

/** The evaluate of a check whose module was not imported (not selected, or not for this scan's target kinds). */
const notLoaded =
  (id: string): Check['evaluate'] =>
  () => {
    throw new Error(`check ${id} was not loaded: not selected, or no target of its kinds`);
  };

export interface CatalogueOptions {
  /** list the built-in checks by metadata; withEvaluators imports the selected ones for these kinds (see loadBuiltinChecks) */
  kinds?: ReadonlySet<string>;
  /**
   * Whether some fact provider offers a fact (src/providers/registry.ts, passed in by the
   * caller so the engine does not depend on collection). A check reading a fact no provider
   * offers could only ever error: it is refused when its pack loads.
   */
  isKnownFact?: (fact: string) => boolean;
}

/** Built-ins plus extra packs; a duplicate id (or alias) is a usage error naming both files. */
export async function loadCatalogue(extraDirs: readonly string[] = [], opts: CatalogueOptions = {}): Promise<Check[]> {
  const all = [...(await loadBuiltinChecks(opts.kinds))];
  for (const dir of extraDirs) all.push(...(await loadCheckDir(dir)));
  const seen = new Map<string, Check>();
  for (const c of all) {
    const unknown = opts.isKnownFact ? c.meta.facts.find((f) => !opts.isKnownFact!(f)) : undefined;
    if (unknown !== undefined) throw new UsageError(`${c.file ?? c.meta.id}: check ${c.meta.id} reads fact "${unknown}", which no collector provides in this version`);
    for (const id of [c.meta.id, ...(c.meta.aliases ?? [])]) {
      const prev = seen.get(id);
      if (prev) throw new UsageError(`duplicate check id ${id} in ${c.file ?? '?'} (also in ${prev.file ?? '?'})`);
      seen.set(id, c);
    }
  }
  return all.sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));
}

/** Resolve an id or alias. */
export function findCheck(checks: readonly Check[], id: string): Check | undefined {
  return checks.find((c) => c.meta.id === id || (c.meta.aliases ?? []).includes(id));
}
