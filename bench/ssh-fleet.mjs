#!/usr/bin/env node
// A fleet over SSH on one machine: K real sshd servers on 127.0.0.1 (throwaway keys, several
// ports), an inventory of N targets spread over them, and `ztaudit collect -i` at concurrency C.
// Prints wall time, targets per second, peak RSS of the ztaudit process, ztaudit's own CPU time,
// and SSH connections and session channels per host counted from sshd's own debug logs.
//
//   node bench/ssh-fleet.mjs [--targets 200] [--servers 8] [--concurrency 32] [--only 'linux.ssh.*']
//
// Needs a build (npx tsc -p tsconfig.json), /usr/sbin/sshd and ssh-keygen; runs as root.
// Every target runs the real host script on this same machine, so the full collection measures
// the fleet's work as much as ztaudit's; --only 'linux.ssh.*' shows the transport's own cost.
// sshd runs each command through the login user's shell, and on this machine root's ~/.bashrc
// runs `pyenv init` (about 1 s per command): by default the bench logs in as a throwaway user
// `ztaudit-bench` whose shell is /bin/sh (created for the run, removed after); `--login root`
// measures root instead.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
};
const N = Number(arg('targets', '200'));
const K = Number(arg('servers', '8'));
const C = Number(arg('concurrency', '32'));
const only = arg('only', undefined);
const login = arg('login', 'ztaudit-bench');
if (!existsSync('/usr/sbin/sshd')) {
  console.error('bench: /usr/sbin/sshd not found (apt-get install openssh-server)');
  process.exit(2);
}
if (!existsSync(join(repo, 'dist/src/cli/main.js'))) {
  console.error('bench: build first: npx tsc -p tsconfig.json');
  process.exit(2);
}

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const dir = mkdtempSync(join(tmpdir(), 'ztaudit-fleet-'));
// the login user reads authorized_keys from here
chmodSync(dir, 0o755);
execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'host_key')]);
execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'user_key')]);
writeFileSync(join(dir, 'authorized_keys'), readFileSync(join(dir, 'user_key.pub')));
const hostPub = readFileSync(join(dir, 'host_key.pub'), 'utf8').trim().split(/\s+/).slice(0, 2).join(' ');
mkdirSync('/run/sshd', { recursive: true });
let madeUser = false;
if (login !== 'root' && spawnSync('id', [login], { stdio: 'ignore' }).status !== 0) {
  // '*': no password, but not locked (sshd refuses locked accounts even for keys)
  execFileSync('useradd', ['-M', '-N', '-s', '/bin/sh', '-d', '/nonexistent', '-p', '*', login]);
  madeUser = true;
}

const servers = [];
for (let i = 0; i < K; i++) {
  const port = await freePort();
  const config = join(dir, `sshd_${port}.conf`);
  writeFileSync(
    config,
    [
      'ListenAddress 127.0.0.1',
      `HostKey ${join(dir, 'host_key')}`,
      'UsePAM no',
      'StrictModes no',
      `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
      `PidFile ${join(dir, `sshd_${port}.pid`)}`,
      'PermitRootLogin prohibit-password',
      `AllowUsers ${login}`,
      'PasswordAuthentication no',
      'MaxStartups 200:30:400',
      'LogLevel DEBUG1',
      '',
    ].join('\n'),
  );
  const log = join(dir, `sshd_${port}.log`);
  const child = spawn('/usr/sbin/sshd', ['-D', '-e', '-f', config, '-p', String(port), '-E', log], { stdio: 'ignore' });
  servers.push({ port, log, child });
}
await new Promise((r) => setTimeout(r, 500));

writeFileSync(join(dir, 'known_hosts'), servers.map((s) => `[127.0.0.1]:${s.port} ${hostPub}\n`).join(''));
const lines = ['version: 1', 'defaults:', `  user: ${login}`, `  credentials: { privateKey: { file: ${join(dir, 'user_key')} } }`, 'targets:'];
for (let i = 0; i < N; i++) lines.push(`  - { name: host-${i}, kind: linux, address: 127.0.0.1, port: ${servers[i % K].port}, knownHosts: ${join(dir, 'known_hosts')} }`);
writeFileSync(join(dir, 'fleet.yaml'), `${lines.join('\n')}\n`);

const out = join(dir, 'facts.json');
const args = ['-f', '%e %M %U %S', process.execPath, join(repo, 'bin/ztaudit.js'), 'collect', '-i', join(dir, 'fleet.yaml'), '--concurrency', String(C), '--timeout', '300', '-q', '-o', out];
if (only) console.log(`(collect has no --only; measuring a scan instead)`);
const scanArgs = only ? ['-f', '%e %M %U %S', process.execPath, join(repo, 'bin/ztaudit.js'), 'scan', '-i', join(dir, 'fleet.yaml'), '--only', only, '--concurrency', String(C), '--timeout', '300', '-q', '-f', 'json', '-o', join(dir, 'report.json'), '--save-facts', out] : args;
const run = spawnSync('/usr/bin/time', scanArgs, { encoding: 'utf8', env: { ...process.env, HOME: dir, SSH_AUTH_SOCK: '' } });
const [wall, rssKb, user, sys] = run.stderr.trim().split('\n').pop().split(' ').map(Number);

for (const s of servers) s.child.kill('SIGTERM');
await new Promise((r) => setTimeout(r, 300));
const logs = servers.map((s) => readFileSync(s.log, 'utf8')).join('\n');
const count = (re) => logs.split('\n').filter((l) => re.test(l)).length;
const sessions = count(/server_input_channel_open: ctype session/);
const connections = count(new RegExp(`Accepted publickey for ${login}`));
const snap = JSON.parse(readFileSync(out, 'utf8'));
const byStatus = {};
for (const t of snap.targets) byStatus[t.status] = (byStatus[t.status] ?? 0) + 1;

console.log(`ssh fleet: ${N} targets on ${K} sshd servers (127.0.0.1), login ${login}, concurrency ${C}${only ? `, --only ${only}` : ', full Linux collection'}`);
console.log(`  wall ${wall.toFixed(2)} s, ${(N / wall).toFixed(1)} targets/s, peak RSS ${(rssKb / 1024).toFixed(0)} MiB, ztaudit CPU ${(user + sys).toFixed(2)} s (user ${user} s, sys ${sys} s)`);
console.log(`  targets: ${JSON.stringify(byStatus)}; connections ${connections} (${(connections / N).toFixed(2)} per host), session channels ${sessions} (${(sessions / N).toFixed(2)} per host)`);
console.log(`  projected 1,000 targets at this rate: ${((1000 / N) * wall).toFixed(0)} s`);
if (madeUser) spawnSync('userdel', [login], { stdio: 'ignore' });
if (process.env.KEEP) console.log(dir); else rmSync(dir, { recursive: true, force: true });
if (run.status !== 0 && run.status !== 3) {
  console.error(run.stderr);
  process.exit(1);
}
