#!/usr/bin/env node
// The scan where findings are many (issue 9): a 10,000-pod cluster with faults on every workload
// and 2,000 NetworkPolicies (bench/k8s-findings-gen.mjs), and a 50,000-pod variant. Times, each in
// a fresh child process, the whole CLI as a user runs it:
//   scan --manifests DIR -f json -o FILE           (a real JSON file, not /dev/null)
//   scan --manifests DIR -f json,sarif,html -o DIR
//   netpol connlist DIR -o FILE
// and prints wall time, peak RSS (the child's own getrusage maxRSS) and the results in the
// report. Build first (npx tsc -p tsconfig.json).
//   node bench/k8s-findings.mjs [--pods 10000|50000|all] [--runs 3]
// Goals (issue 9): 10k pods under 5 s and 512 MiB for each scan; 50k pods under 30 s and 2 GiB;
// connlist under 2 s and 512 MiB.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCluster } from './k8s-findings-gen.mjs';
import { summaryOf } from './report-summary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const runs = Number(arg('runs', '3'));
const sizes = arg('pods', '10000') === 'all' ? [10_000, 50_000] : [Number(arg('pods', '10000'))];
const GOALS = { 10_000: { scan: [5, 512], connlist: [2, 512] }, 50_000: { scan: [30, 2048], connlist: [30, 2048] } };

if (!existsSync(join(root, 'dist/src/cli/main.js'))) {
  console.error('dist/ is missing: run npx tsc -p tsconfig.json first');
  process.exit(2);
}

// The child reports its own peak RSS and CPU time (user + system) on exit: on a shared machine CPU
// time is the steadier figure when wall time is stretched by other load.
const RSS_HOOK =
  'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\nztaudit-bench-maxrss-kb="+u.maxRSS+" cpu-us="+(u.userCPUTime+u.systemCPUTime)+"\\n")})';

function timed(args) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--import', RSS_HOOK, join(root, 'bin/ztaudit.js'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rss = /ztaudit-bench-maxrss-kb=(\d+) cpu-us=(\d+)/.exec(child.stderr ?? '');
  // exit 1 is the gate failing on findings: expected here
  if (child.status !== 0 && child.status !== 1) throw new Error(`ztaudit ${args.join(' ')} exited ${child.status}: ${child.stderr.split('\n')[0]}`);
  return { seconds, rssMb: rss ? Number(rss[1]) / 1024 : NaN, cpu: rss ? Number(rss[2]) / 1e6 : NaN };
}

function measure(label, args, goal, describe) {
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(timed(args));
  const secs = samples.map((s) => s.seconds).sort((a, b) => a - b);
  const median = secs[Math.floor(secs.length / 2)];
  const peak = Math.max(...samples.map((s) => s.rssMb));
  const cpu = samples.map((s) => s.cpu).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
  const ok = median < goal[0] && peak < goal[1];
  console.log(
    `${label.padEnd(28)} wall ${median.toFixed(2)} s (min ${secs[0].toFixed(2)}, max ${secs.at(-1).toFixed(2)})  cpu ${cpu.toFixed(2)} s  peak RSS ${peak.toFixed(0)} MiB  ${describe()}  ${ok ? 'OK' : 'OVER'} (goal < ${goal[0]} s, < ${goal[1]} MiB)`,
  );
  return ok;
}

const mib = (p) => `${(statSync(p).size / 1048576).toFixed(1)} MiB`;

let allOk = true;
for (const pods of sizes) {
  const dir = join(root, `bench/out/k8s-findings-${pods}`);
  const namespaces = pods / 50;
  if (!existsSync(join(dir, 'cluster.yaml'))) {
    const c = generateCluster(dir, namespaces);
    console.log(`generated ${dir}: ${c.namespaces} namespaces, ${c.pods} pods, ${c.policies} NetworkPolicies`);
  }
  const out = mkdtempSync(join(tmpdir(), 'ztaudit-findings-bench-'));
  try {
    const goal = GOALS[pods] ?? GOALS[50_000];
    console.log(`--- ${pods} pods, ${namespaces} namespaces, ${runs} runs each (median wall, peak RSS of all runs)`);
    const json = join(out, 'report.json');
    allOk =
      measure('scan -f json -o FILE', ['scan', '--manifests', dir, '-f', 'json', '-o', json], goal.scan, () => {
        const summary = summaryOf(json);
        return `results ${summary.total}, failing ${summary.fail}, JSON ${mib(json)}`;
      }) && allOk;
    const folder = join(out, 'all');
    allOk =
      measure('scan -f json,sarif,html -o DIR', ['scan', '--manifests', dir, '-f', 'json,sarif,html', '-o', folder], goal.scan, () =>
        ['report.json', 'report.sarif', 'report.html'].map((f) => `${f} ${mib(join(folder, f))}`).join(', '),
      ) && allOk;
    const conns = join(out, 'connlist.txt');
    allOk =
      measure('netpol connlist -o FILE', ['netpol', 'connlist', dir, '-o', conns], goal.connlist, () => {
        let lines = 0;
        const fd = openSync(conns, 'r');
        const buf = Buffer.alloc(1 << 22);
        for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0; ) for (let i = 0; i < n; i++) if (buf[i] === 10) lines++;
        closeSync(fd);
        return `connections ${lines}, ${mib(conns)}`;
      }) && allOk;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
process.exit(allOk ? 0 : 1);
