#!/usr/bin/env node
// `scan --local` against its own collection script run with `sh` alone (issue 9: the scan at most
// 1.3x the script, the script under 0.4 s) and bare `node -e 0`. The script is composed from dist/
// exactly as the scan composes it (the providers the selected checks need), written to a temp file
// and run as `sh -s -- /` with it on stdin. Build first (npm run build).
//   node bench/local-scan.mjs [RUNS=5]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 5);
const dist = (p) => pathToFileURL(join(root, 'dist', p)).href;
if (!existsSync(join(root, 'dist/src/cli/main.js'))) {
  console.error('dist/ is missing: run npm run build first');
  process.exit(2);
}

const { loadCatalogue } = await import(dist('src/engine/registry.js'));
const { planProviders, wantedFacts, isProvidedFact } = await import(dist('src/providers/registry.js'));
const { composeScript } = await import(dist('src/providers/shell/compose.js'));
const checks = await loadCatalogue([], { isKnownFact: isProvidedFact });
const plan = planProviders('linux', wantedFacts(checks).get('linux'));
const shell = plan.filter((p) => p.type === 'shell');
const script = composeScript(shell);
const tmp = mkdtempSync(join(tmpdir(), 'ztaudit-local-bench-'));
const scriptFile = join(tmp, 'collect.sh');
writeFileSync(scriptFile, script);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function measure(cmd, args, input) {
  const walls = [];
  let out = '';
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 256 << 20, ...(input !== undefined ? { input } : {}) });
    walls.push(Number(process.hrtime.bigint() - t) / 1e9);
    out = r.stdout;
    if (r.status !== 0 && r.status !== 1 && r.status !== 3) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.split('\n')[0]}`);
  }
  return { wall: median(walls), out };
}

try {
  const bare = measure(process.execPath, ['-e', '0']);
  const sh = measure('sh', ['-s', '--', '/'], readFileSync(scriptFile, 'utf8'));
  const scan = measure(process.execPath, [join(root, 'bin/ztaudit.js'), 'scan', '--local', '-f', 'json', '-o', '/dev/null']);
  console.log(`providers: ${shell.map((p) => p.id).join(', ')} (script ${script.length} bytes, output ${sh.out.length} bytes)`);
  console.log(`node -e 0                 ${bare.wall.toFixed(3)} s   (median of ${runs})`);
  console.log(`collection script (sh)    ${sh.wall.toFixed(3)} s   ${sh.wall < 0.4 ? 'OK' : 'OVER'} (goal < 0.4 s)`);
  const ratio = scan.wall / sh.wall;
  console.log(`scan --local -f json      ${scan.wall.toFixed(3)} s   ${ratio.toFixed(2)}x the script  ${ratio <= 1.3 ? 'OK' : 'OVER'} (goal <= 1.3x)`);
  // No Node program that runs the script can end before Node has started and the script has run:
  // with a script this fast, that floor alone may be over 1.3x.
  const floor = bare.wall + sh.wall;
  console.log(`floor: node -e 0 + script ${floor.toFixed(3)} s   ${(floor / sh.wall).toFixed(2)}x the script; the scan spends ${((scan.wall - floor) * 1000).toFixed(0)} ms over it`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
