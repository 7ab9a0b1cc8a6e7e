#!/usr/bin/env node
// Writers on a large fleet (issue 15): a facts snapshot of 10,000 synthetic Linux hosts (the weak
// host of fixtures/golden-reports/host-facts.json, each with its own id, name and address and
// every fourth one with root logins closed, so results differ), evaluated with
// `scan --facts FILE -f json,sarif,html -o DIR` and with `-f json -o FILE`: wall time, CPU time and
// peak RSS of the child, results, and the size of each report. Goal: under 30 s and 1 GiB.
// Build first (npm run build).
//   node bench/fleet-report.mjs [--hosts 10000]
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summaryOf } from './report-summary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const hosts = Number(arg('hosts', '10000'));
if (!existsSync(join(root, 'dist/src/cli/main.js'))) {
  console.error('dist/ is missing: run npm run build first');
  process.exit(2);
}

// The snapshot is written target by target: it is larger than one string should be.
const snapshot = join(root, `bench/out/fleet-${hosts}.json`);
if (!existsSync(snapshot)) {
  const base = JSON.parse(readFileSync(join(root, 'fixtures/golden-reports/host-facts.json'), 'utf8'));
  const host = base.targets[0];
  mkdirSync(dirname(snapshot), { recursive: true });
  const fd = openSync(snapshot, 'w');
  writeSync(fd, `{"kind":"ztaudit-facts","schemaVersion":"1","tool":${JSON.stringify(base.tool)},"collectedAt":${JSON.stringify(base.collectedAt)},"targets":[`);
  for (let i = 0; i < hosts; i++) {
    const name = `host-${String(i).padStart(5, '0')}`;
    const t = { ...host, target: { id: `linux:${name}`, kind: 'linux', name, address: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` } };
    if (i % 4 === 0 && t.facts['linux.sshd']?.ok) t.facts = { ...t.facts, 'linux.sshd': { ok: true, value: { ...t.facts['linux.sshd'].value, permitrootlogin: 'no' } } };
    writeSync(fd, `${i ? ',' : ''}${JSON.stringify(t)}`);
  }
  writeSync(fd, ']}\n');
  closeSync(fd);
  console.log(`generated ${snapshot}: ${hosts} hosts, ${(statSync(snapshot).size / 1048576).toFixed(1)} MiB`);
}

const HOOK = 'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\nztaudit-bench-maxrss-kb="+u.maxRSS+" cpu-us="+(u.userCPUTime+u.systemCPUTime)+"\\n")})';
const mib = (p) => `${(statSync(p).size / 1048576).toFixed(1)} MiB`;

function run(label, args, describe) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', HOOK, join(root, 'bin/ztaudit.js'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  const wall = Number(process.hrtime.bigint() - t) / 1e9;
  if (r.status !== 0 && r.status !== 1 && r.status !== 3) throw new Error(`ztaudit ${args.join(' ')} exited ${r.status}: ${r.stderr.split('\n')[0]}`);
  const m = /ztaudit-bench-maxrss-kb=(\d+) cpu-us=(\d+)/.exec(r.stderr);
  const rss = m ? Number(m[1]) / 1024 : NaN;
  const cpu = m ? Number(m[2]) / 1e6 : NaN;
  const ok = wall < 30 && rss < 1024;
  console.log(`${label.padEnd(34)} wall ${wall.toFixed(2)} s  cpu ${cpu.toFixed(2)} s  peak RSS ${rss.toFixed(0)} MiB  ${describe()}  ${ok ? 'OK' : 'OVER'} (goal < 30 s, < 1 GiB)`);
  return ok;
}

const out = mkdtempSync(join(tmpdir(), 'ztaudit-fleet-bench-'));
let ok = true;
try {
  const json = join(out, 'report.json');
  ok =
    run('scan --facts -f json -o FILE', ['scan', '--facts', snapshot, '-f', 'json', '-o', json], () => {
      const summary = summaryOf(json);
      return `results ${summary.total}, failing ${summary.fail}, JSON ${mib(json)}`;
    }) && ok;
  const dir = join(out, 'all');
  ok = run('scan --facts -f json,sarif,html -o DIR', ['scan', '--facts', snapshot, '-f', 'json,sarif,html', '-o', dir], () => ['report.json', 'report.sarif', 'report.html'].map((f) => `${f} ${mib(join(dir, f))}`).join(', ')) && ok;
} finally {
  rmSync(out, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
