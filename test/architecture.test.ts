// The layering, read from the source: every relative import of every .ts file under src/ and
// checks/ (`from '...'`, `import '...'` and `import('...')`, type-only imports included) is an edge
// between two files. The pipeline reads top-down: cli -> scan -> engine/providers -> kit, with no
// file importing, directly or through others, a file that imports it back.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const rel = (abs: string): string => path.relative(ROOT, abs).split(path.sep).join('/');

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...tsFiles(full));
    else if (e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** Block comments and whole-line `//` comments go first, so a commented-out import is no edge. */
const stripComments = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])(\.{1,2}\/[^'"]*)\1/gm;

/** A specifier as tsc resolves it under NodeNext: `./x.js` is ./x.ts; a folder is its index.ts. */
function resolveSpecifier(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, path.join(base, 'index.ts')]) {
    if (candidate.endsWith('.ts') && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

const files = [...tsFiles(path.join(ROOT, 'src')), ...tsFiles(path.join(ROOT, 'checks'))].sort();
/** file (repo-relative) -> the repo files it imports (repo-relative, sorted, unique) */
const graph = new Map<string, string[]>();
/** relative specifiers that name no .ts file (a JSON file, a typo) */
const unresolved: string[] = [];
for (const file of files) {
  const deps = new Set<string>();
  for (const m of stripComments(readFileSync(file, 'utf8')).matchAll(IMPORT)) {
    const target = resolveSpecifier(file, m[2]!);
    if (target) deps.add(rel(target));
    else unresolved.push(`${rel(file)} -> ${m[2]!}`);
  }
  graph.set(rel(file), [...deps].sort());
}

/** Every cycle, as the path that closes it (a -> b -> a), one per strongly connected component. */
function cycles(g: ReadonlyMap<string, readonly string[]>): string[][] {
  // Tarjan's strongly connected components, then one shortest cycle through each component's first file.
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of g.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1 || (g.get(v) ?? []).includes(v)) components.push(comp.sort());
    }
  };
  for (const v of [...g.keys()].sort()) if (!idx.has(v)) visit(v);
  return components.map((comp) => {
    const inComp = new Set(comp);
    const start = comp[0]!;
    // breadth-first from start back to start, inside the component
    const prev = new Map<string, string>();
    const queue = [start];
    while (queue.length) {
      const v = queue.shift()!;
      for (const w of g.get(v) ?? []) {
        if (!inComp.has(w)) continue;
        if (w === start) {
          const cycle = [start];
          for (let u: string | undefined = v; u !== undefined && u !== start; u = prev.get(u)) cycle.splice(1, 0, u);
          return [...cycle, start];
        }
        if (!prev.has(w)) {
          prev.set(w, v);
          queue.push(w);
        }
      }
    }
    return [...comp, start];
  });
}

const under = (file: string, dir: string): boolean => file === dir || file.startsWith(`${dir}/`);

/** The imports of files under `from` that land under any of `forbidden`, as "a -> b". */
function crossings(from: string, forbidden: readonly string[]): string[] {
  const out: string[] = [];
  for (const [file, deps] of graph) {
    if (!under(file, from)) continue;
    for (const d of deps) if (forbidden.some((f) => under(d, f))) out.push(`${file} -> ${d}`);
  }
  return out;
}

describe('architecture', () => {
  it('reads the import graph', () => {
    expect(files.length).toBeGreaterThan(200);
    expect(graph.get('src/cli/main.ts')).toContain('src/cli/scan.ts');
    expect(graph.get('src/cli/scan.ts')).toContain('src/cli/scan-impl.ts'); // a lazy import('./scan-impl.js') is an edge
    expect(unresolved).toEqual([]);
  });

  it('has no import cycle between files', () => {
    expect(cycles(graph).map((c) => c.join(' -> '))).toEqual([]);
  });

  it('finds a cycle when there is one (the detector itself)', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    expect(cycles(g)).toEqual([['a', 'b', 'c', 'a'], ['e', 'e']]);
  });

  it('src/engine imports nothing from src/report, src/scan, src/cli or src/transports', () => {
    expect(crossings('src/engine', ['src/report', 'src/scan', 'src/cli', 'src/transports'])).toEqual([]);
  });

  it('src/engine imports nothing from src/providers or src/collect', () => {
    expect(crossings('src/engine', ['src/providers', 'src/collect'])).toEqual([]);
  });

  it('src/kit imports nothing from src/transports, src/scan, src/cli or src/report', () => {
    expect(crossings('src/kit', ['src/transports', 'src/scan', 'src/cli', 'src/report'])).toEqual([]);
  });

  it('src/kit imports nothing from src/providers or src/collect', () => {
    expect(crossings('src/kit', ['src/providers', 'src/collect'])).toEqual([]);
  });

  it('src/transports imports nothing from src/providers, src/scan, src/cli or src/report', () => {
    expect(crossings('src/transports', ['src/providers', 'src/scan', 'src/cli', 'src/report'])).toEqual([]);
  });

  it('checks/ import only the check API, the check kit and the NetworkPolicy engine', () => {
    const allowed = (d: string): boolean =>
      ['src/engine/check.ts', 'src/engine/types.ts', 'src/engine/facts.ts'].includes(d) || under(d, 'src/kit') || under(d, 'src/netpol');
    const bad = [...graph].filter(([f]) => under(f, 'checks')).flatMap(([f, deps]) => deps.filter((d) => !allowed(d)).map((d) => `${f} -> ${d}`));
    expect(bad).toEqual([]);
  });
});
