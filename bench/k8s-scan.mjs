#!/usr/bin/env node
// Times a scan of the synthetic 10,000-pod cluster (bench/k8s-gen.mjs): wall time and peak RSS
// of `ztaudit scan --manifests bench/out/k8s -f json -o /dev/null`. Targets: < 10 s, < 1 GiB.
// Peak RSS is the child's own getrusage maxRSS, printed by a tiny --import hook on exit, so no
// /usr/bin/time is needed. If the CLI cannot scan (not built, command missing), it times the
// in-process path instead: manifests -> facts -> every Kubernetes posture check, from dist/.
//   node bench/k8s-scan.mjs [MANIFEST_DIR=bench/out/k8s] [RUNS=3]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.argv[2] ?? join(root, 'bench/out/k8s');
const runs = Number(process.argv[3] ?? 3);
const TARGET_S = 10;
const TARGET_RSS_MB = 1024;

if (!existsSync(dir)) {
  const gen = spawnSync(process.execPath, [join(root, 'bench/k8s-gen.mjs'), dir], { stdio: 'inherit' });
  if (gen.status !== 0) process.exit(1);
}

const RSS_HOOK = 'data:text/javascript,process.on("exit",()=>process.stderr.write("\\nztaudit-bench-maxrss-kb="+process.resourceUsage().maxRSS+"\\n"))';

// The in-process fallback: what `scan --manifests` does, minus scoring and report writing.
const IN_PROCESS = `
const { loadManifests } = await import(${JSON.stringify(join(root, 'dist/src/providers/kubernetes/manifests.js'))});
const { factsFromObjects } = await import(${JSON.stringify(join(root, 'dist/src/providers/kubernetes/facts.js'))});
const { loadCheckDir } = await import(${JSON.stringify(join(root, 'dist/src/engine/registry.js'))});
const { evaluateSnapshot } = await import(${JSON.stringify(join(root, 'dist/src/engine/evaluate.js'))});
const { objects } = await loadManifests([process.argv[1]]);
const facts = factsFromObjects(objects, { name: 'bench', source: 'manifests' });
const checks = (await loadCheckDir(${JSON.stringify(join(root, 'dist/checks/kubernetes'))})).filter((c) => c.meta.targetKinds.includes('kubernetes'));
const target = { target: { id: 'kubernetes:bench', kind: 'kubernetes', name: 'bench' }, status: 'ok', durationMs: 0, facts };
const results = evaluateSnapshot({ kind: 'ztaudit-facts', schemaVersion: '1', tool: { name: 'ztaudit', version: 'bench' }, collectedAt: '', targets: [target] }, checks);
console.log('objects=' + objects.length + ' checks=' + checks.length + ' results=' + results.length + ' fails=' + results.filter((r) => r.status === 'fail').length);
`;

function timed(args) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--import', RSS_HOOK, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rss = /ztaudit-bench-maxrss-kb=(\d+)/.exec(child.stderr ?? '');
  return { status: child.status, seconds, rssMb: rss ? Number(rss[1]) / 1024 : NaN, stdout: child.stdout ?? '', stderr: (child.stderr ?? '').replace(/\n?ztaudit-bench-maxrss-kb=\d+\n?/, '') };
}

const cli = ['bin/ztaudit.js', 'scan', '--manifests', dir, '-f', 'json', '-o', '/dev/null'];
let mode = 'cli';
let probe = timed(cli);
// exit 0 = passed the gate, 1 = findings failed it; anything else means the CLI could not scan
if (probe.status !== 0 && probe.status !== 1) {
  console.error(`ztaudit scan exited ${probe.status}: ${probe.stderr.trim().split('\n')[0]}; timing the in-process path from dist/ instead`);
  mode = 'in-process';
  probe = timed(['--input-type=module', '-e', IN_PROCESS, dir]);
  if (probe.status !== 0) {
    console.error(probe.stderr);
    process.exit(1);
  }
}
const samples = [probe];
for (let i = 1; i < runs; i++) samples.push(mode === 'cli' ? timed(cli) : timed(['--input-type=module', '-e', IN_PROCESS, dir]));

const secs = samples.map((s) => s.seconds).sort((a, b) => a - b);
const median = secs[Math.floor(secs.length / 2)];
const peak = Math.max(...samples.map((s) => s.rssMb));
if (probe.stdout.trim()) console.log(probe.stdout.trim().split('\n').slice(-1)[0]);
console.log(`mode=${mode} runs=${runs} wall_s: median ${median.toFixed(2)} (min ${secs[0].toFixed(2)}, max ${secs[secs.length - 1].toFixed(2)}) peak_rss_mb=${peak.toFixed(0)}`);
const ok = median < TARGET_S && peak < TARGET_RSS_MB;
console.log(ok ? `OK: under ${TARGET_S} s and ${TARGET_RSS_MB} MiB` : `OVER TARGET: ${TARGET_S} s / ${TARGET_RSS_MB} MiB`);
process.exit(ok ? 0 : 1);
