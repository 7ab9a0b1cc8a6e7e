#!/usr/bin/env node
// Times Kubernetes manifest loading (loadManifests from dist/) on the synthetic 10,000-pod,
// 200-namespace cluster of bench/k8s-gen.mjs, in three shapes a user may hand us:
//   multi-doc  one multi-document YAML file per namespace (k8s-gen's own output)
//   list-yaml  one `kind: List` dump of every object, kubectl style (`items:` then `- ` at column 0)
//   list-json  the same List as JSON (`kubectl get -A -o json`)
// Each case runs in a fresh child process so that its peak RSS is its own.
// Build first: npx tsc -p tsconfig.json.   node bench/manifest-load.mjs [RUNS=3]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 3);
const out = join(root, 'bench/out/manifest-load');
const multiDir = join(out, 'multi-doc');
const listYaml = join(out, 'list.yaml');
const listJson = join(out, 'list.json');
const loader = join(root, 'dist/src/providers/kubernetes/manifests.js');

if (!existsSync(loader)) {
  console.error(`${loader} is missing: run npx tsc -p tsconfig.json first`);
  process.exit(2);
}

if (!existsSync(listJson)) {
  const gen = spawnSync(process.execPath, [join(root, 'bench/k8s-gen.mjs'), multiDir, '200'], { stdio: 'inherit' });
  if (gen.status !== 0) process.exit(1);
  // The List is built from the same documents by text alone (no parser involved): every document
  // becomes one item, its lines shifted right by two with `- ` on the first.
  const files = readdirSync(multiDir).filter((f) => f.endsWith('.yaml')).sort();
  const items = [];
  for (const f of files) {
    for (const doc of readFileSync(join(multiDir, f), 'utf8').split(/^---\n/m)) {
      if (doc.trim() === '') continue;
      const lines = doc.replace(/\n$/, '').split('\n');
      items.push(lines.map((l, i) => (i === 0 ? `- ${l}` : l === '' ? l : `  ${l}`)).join('\n'));
    }
  }
  writeFileSync(listYaml, `apiVersion: v1\nkind: List\nmetadata:\n  resourceVersion: ""\nitems:\n${items.join('\n')}\n`);
  // JSON: load the YAML once with the loader under test, strip $source, write kubectl-like JSON.
  const script = `const { loadManifests } = await import(${JSON.stringify(loader)});
const { objects } = await loadManifests([${JSON.stringify(listYaml)}]);
const items = objects.map(({ $source, ...o }) => o);
(await import('node:fs')).writeFileSync(${JSON.stringify(listJson)}, JSON.stringify({ apiVersion: 'v1', kind: 'List', metadata: { resourceVersion: '' }, items }, null, 4));`;
  const j = spawnSync(process.execPath, ['--input-type=module', '-e', script], { stdio: 'inherit' });
  if (j.status !== 0) process.exit(1);
}

const size = (p) => (statSync(p).isDirectory() ? readdirSync(p).reduce((s, f) => s + statSync(join(p, f)).size, 0) : statSync(p).size);

// One timed load in a child: wall ms of loadManifests, object and diagnostic counts, peak RSS.
const CHILD = `const { loadManifests } = await import(process.argv[1]);
const t = performance.now();
const r = await loadManifests([process.argv[2]]);
const ms = performance.now() - t;
const pods = r.objects.filter((o) => o.kind === 'Pod').length;
console.log(JSON.stringify({ ms, objects: r.objects.length, pods, diagnostics: r.diagnostics.length, rssMb: process.resourceUsage().maxRSS / 1024 }));`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`case        MB     objects  pods   diags  load ms (median of ${runs})  peak RSS MiB`);
for (const [name, p] of [['multi-doc', multiDir], ['list-yaml', listYaml], ['list-json', listJson]]) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const c = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD, loader, p], { encoding: 'utf8', maxBuffer: 16 << 20 });
    if (c.status !== 0) {
      console.error(c.stderr);
      process.exit(1);
    }
    samples.push(JSON.parse(c.stdout.trim().split('\n').pop()));
  }
  const s = samples[0];
  console.log(
    `${name.padEnd(10)} ${(size(p) / 1e6).toFixed(1).padStart(5)} ${String(s.objects).padStart(9)} ${String(s.pods).padStart(6)} ${String(s.diagnostics).padStart(6)}  ${median(samples.map((x) => x.ms)).toFixed(0).padStart(8)} ms   [${samples.map((x) => x.ms.toFixed(0)).join(', ')}]  ${median(samples.map((x) => x.rssMb)).toFixed(0).padStart(6)}`,
  );
}
