#!/usr/bin/env node
// Startup cost of commands that should load little: `--help` and `checks list` against bare
// `node -e 0`, each in fresh child processes, as ratios (issue 9: checks list at most 2x bare node,
// --help at most 1.5x). Both wall time and CPU time (user + system, of the child) are shown: on a
// shared machine CPU time is the steadier figure. Build first (npm run build writes
// dist/catalogue.json, which `checks list` reads).
//   node bench/startup.mjs [RUNS=15]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 15);
const bin = join(root, 'bin/ztaudit.js');
if (!existsSync(join(root, 'dist/src/cli/main.js'))) {
  console.error('dist/ is missing: run npm run build first');
  process.exit(2);
}
if (!existsSync(join(root, 'dist/catalogue.json'))) console.error('note: dist/catalogue.json is missing (npm run build writes it): checks list loads every check');

const HOOK = 'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\nztaudit-bench-cpu-us="+(u.userCPUTime+u.systemCPUTime)+"\\n")})';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function measure(args) {
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['--import', HOOK, ...args], { cwd: root, encoding: 'utf8' });
    wall.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    cpu.push(Number(/ztaudit-bench-cpu-us=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

const bare = measure(['-e', '0']);
console.log(`node -e 0              wall ${bare.wall.toFixed(0)} ms  cpu ${bare.cpu.toFixed(0)} ms  (median of ${runs})`);
let ok = true;
for (const [label, args, goal] of [
  ['ztaudit --help', [bin, '--help'], 1.5],
  ['ztaudit checks list', [bin, 'checks', 'list'], 2],
]) {
  const m = measure(args);
  const rw = m.wall / bare.wall;
  const rc = m.cpu / bare.cpu;
  const pass = rw <= goal;
  ok &&= pass;
  console.log(`${label.padEnd(22)} wall ${m.wall.toFixed(0)} ms  cpu ${m.cpu.toFixed(0)} ms  ratio wall ${rw.toFixed(2)}x  cpu ${rc.toFixed(2)}x  ${pass ? 'OK' : 'OVER'} (goal <= ${goal}x bare node)`);
}
process.exit(ok ? 0 : 1);
