#!/usr/bin/env node
// Time from Ctrl-C to a finished report (issue 16: within 2 s). A scan of one mounted root and
// four hosts that never answer (a local TCP server that accepts and stays silent), concurrency 2,
// writing JSON, SARIF and HTML; SIGINT after 3 s, when the root is done and two hosts hang. Prints
// each run's milliseconds from the signal to the process's exit, and that the exit was 3 with the
// report written. Build first (npm run build).
//   node bench/interrupt.mjs [RUNS=5]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 5);
const sockets = [];
const silent = createServer((s) => sockets.push(s.on('error', () => undefined)));
await new Promise((ok) => silent.listen(0, '127.0.0.1', ok));
const port = silent.address().port;
const dir = mkdtempSync(join(tmpdir(), 'zt-bench-int-'));
const inventory = join(dir, 'inventory.yaml');
writeFileSync(inventory, `targets:\n  - {name: a-root, kind: linux, root: ${join(root, 'fixtures/linux/hardened-root')}}\n${[1, 2, 3, 4].map((i) => `  - {name: hung-${i}, kind: linux, address: 127.0.0.1, port: ${port}, user: nobody}`).join('\n')}\n`);

const times = [];
for (let k = 0; k < runs; k++) {
  const out = join(dir, `out-${k}`);
  const child = spawn(process.execPath, [join(root, 'bin/ztaudit.js'), 'scan', '-i', inventory, '--concurrency', '2', '-f', 'json,sarif,html', '-o', `${out}/`], { stdio: 'ignore' });
  await new Promise((ok) => setTimeout(ok, 3000));
  const t0 = Date.now();
  child.kill('SIGINT');
  const code = await new Promise((ok) => child.on('exit', ok));
  const ms = Date.now() - t0;
  const written = existsSync(join(out, 'report.json')) && JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')).targets.filter((t) => t.status === 'skipped').length;
  times.push(ms);
  console.log(`run ${k + 1}: ${ms} ms from SIGINT to exit ${code}; report written with ${written} targets skipped`);
}
times.sort((a, b) => a - b);
console.log(`median ${times[Math.floor(times.length / 2)]} ms, max ${times[times.length - 1]} ms (goal: within 2000 ms)`);
for (const s of sockets) s.destroy();
silent.close();
rmSync(dir, { recursive: true, force: true });
