#!/usr/bin/env node
// Speed against the peers on this machine: ztaudit's local Linux audit vs `lynis audit system
// --quick` (and OpenSCAP's Debian content when it applies to this release).
//
//   node bench/lynis.mjs            (needs a build: npx tsc -p tsconfig.json)
//
// Installs nothing: when lynis or oscap is missing it says how to get it. ztaudit is timed
// through the CLI (`scan --local -f json -o /dev/null`, median of 3) when the scan command
// works; otherwise collector + evaluation are timed in-process from dist/, and the output says so.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(repo, 'dist');

const which = (cmd) => {
  for (const dir of (process.env.PATH ?? '').split(':').concat(['/usr/sbin', '/sbin', '/usr/bin', '/bin'])) {
    if (dir && existsSync(join(dir, cmd))) return join(dir, cmd);
  }
  return undefined;
};

/** Run a command, resolve with its wall time in ms and exit code (never rejects). */
function timed(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    execFile(cmd, args, { maxBuffer: 256 * 1024 * 1024, timeout: 600_000, ...opts }, (err, stdout, stderr) => {
      resolve({ ms: performance.now() - t0, code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${(ms / 1000).toFixed(3)} s`;

async function timeZtaudit() {
  if (!existsSync(join(dist, 'src/providers/linux/index.js'))) {
    console.error('dist/ is missing: build first with npx tsc -p tsconfig.json');
    process.exit(2);
  }
  // 1) through the CLI, when `scan --local` is wired (exit 0/1/3 are all "scan ran")
  const probe = await timed(process.execPath, [join(repo, 'bin/ztaudit.js'), 'scan', '--local', '-f', 'json', '-o', '/dev/null']);
  if ([0, 1, 3].includes(probe.code)) {
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push((await timed(process.execPath, [join(repo, 'bin/ztaudit.js'), 'scan', '--local', '-f', 'json', '-o', '/dev/null'])).ms);
    return { how: 'node bin/ztaudit.js scan --local -f json -o /dev/null (median of 3, whole process)', ms: median(runs), runs };
  }
  // 2) in-process: the same collector and checks the scan command runs
  const why = (probe.stderr || probe.stdout).trim().split('\n')[0] || `exit ${probe.code}`;
  const { linuxCollector } = await import(pathToFileURL(join(dist, 'src/providers/linux/index.js')).href);
  const { loadCheckDir } = await import(pathToFileURL(join(dist, 'src/engine/registry.js')).href);
  const { loadYamlCheckFile } = await import(pathToFileURL(join(dist, 'src/engine/yaml-checks.js')).href);
  const { evaluateCheck } = await import(pathToFileURL(join(dist, 'src/engine/evaluate.js')).href);
  const runs = [];
  let last;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const checks = [
      ...(await loadCheckDir(join(dist, 'checks/linux'))),
      ...readdirSync(join(repo, 'checks/linux')).filter((f) => f.endsWith('.yaml')).map((f) => loadYamlCheckFile(join(repo, 'checks/linux', f))),
    ];
    const c = await linuxCollector.collect({ id: 'local', kind: 'linux', name: 'local', options: { transport: 'local' } }, { timeoutMs: 60_000, signal: new AbortController().signal, log: () => {} });
    const target = { target: { id: 'local', kind: 'linux', name: 'local' }, status: c.status ?? 'ok', durationMs: 0, facts: c.facts };
    const results = checks.flatMap((check) => evaluateCheck(check, target));
    runs.push(performance.now() - t0);
    last = { checks: checks.length, results: results.length, byStatus: results.reduce((m, r) => ({ ...m, [r.status]: (m[r.status] ?? 0) + 1 }), {}) };
  }
  return { how: `in-process collector + evaluation from dist/ (median of 3; the scan command is not usable yet: ${why})`, ms: median(runs), runs, ...last };
}

async function timeLynis() {
  const lynis = which('lynis');
  if (!lynis) return { skip: 'lynis is not installed: apt-get install -y lynis' };
  const r = await timed(lynis, ['audit', 'system', '--quick', '--no-colors']);
  const warnings = /Warnings \((\d+)\)/.exec(r.stdout)?.[1];
  const tests = /Tests performed\s*:\s*(\d+)/.exec(r.stdout)?.[1];
  return { how: 'lynis audit system --quick --no-colors (1 run)', ms: r.ms, code: r.code, tests, warnings };
}

async function timeOpenscap() {
  const oscap = which('oscap');
  if (!oscap) return { skip: 'not runnable here: oscap is not installed (apt-get install -y openscap-scanner ssg-debian)' };
  const rel = Object.fromEntries(readFileSync('/etc/os-release', 'utf8').split('\n').map((l) => l.split('=')).filter((p) => p.length === 2).map(([k, v]) => [k, v.replace(/"/g, '')]));
  const contentDir = '/usr/share/xml/scap/ssg/content';
  const available = existsSync(contentDir) ? readdirSync(contentDir).filter((f) => /-ds\.xml$/.test(f)) : [];
  const want = `ssg-${rel.ID}${rel.VERSION_ID}-ds.xml`;
  if (!available.includes(want)) {
    return { skip: `not runnable here: no SCAP content for ${rel.PRETTY_NAME ?? `${rel.ID} ${rel.VERSION_ID}`} (${want} absent; installed: ${available.join(', ') || 'none'}; Debian's ssg-debian ships Debian 10/11 content only)` };
  }
  const ds = join(contentDir, want);
  const info = execFileSync(oscap, ['info', ds], { encoding: 'utf8' });
  const profile = /(xccdf_org\.ssgproject\.content_profile_standard)/.exec(info)?.[1];
  if (!profile) return { skip: `not runnable here: ${want} has no "standard" profile` };
  const r = await timed(oscap, ['xccdf', 'eval', '--profile', profile, ds]);
  return { how: `oscap xccdf eval --profile standard ${want} (1 run)`, ms: r.ms, code: r.code };
}

if (!which('lynis')) {
  console.log('lynis is not installed; install it to compare: apt-get install -y lynis');
  process.exit(2);
}
const z = await timeZtaudit();
console.log(`ztaudit : ${fmt(z.ms)}  ${z.how}`);
console.log(`          runs ${z.runs.map(fmt).join(', ')}${z.checks ? `; ${z.checks} checks, ${z.results} results ${JSON.stringify(z.byStatus)}` : ''}`);
const l = await timeLynis();
if (l.skip) console.log(`lynis   : ${l.skip}`);
else {
  console.log(`lynis   : ${fmt(l.ms)}  ${l.how}; exit ${l.code}${l.tests ? `, ${l.tests} tests` : ''}${l.warnings ? `, ${l.warnings} warnings` : ''}`);
  console.log(`ratio   : ztaudit is ${(l.ms / z.ms).toFixed(1)}x faster than Lynis (target: 30x)`);
}
const o = await timeOpenscap();
if (o.skip) console.log(`openscap: ${o.skip}`);
else {
  console.log(`openscap: ${fmt(o.ms)}  ${o.how}; exit ${o.code}`);
  console.log(`ratio   : ztaudit is ${(o.ms / z.ms).toFixed(1)}x faster than OpenSCAP`);
}
