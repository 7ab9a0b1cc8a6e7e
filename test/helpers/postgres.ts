// A real PostgreSQL server for the history tests: initdb in a temp folder, listening only on a
// Unix socket in that folder (no TCP port at all), trust authentication for one role. As root,
// initdb and postgres run as the `postgres` user (PostgreSQL refuses to run as root), through
// runuser. When the binaries are missing, `postgresMissing` says why and the suites skip with it.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The newest Debian PostgreSQL bin folder, or the folder of initdb on PATH. */
function binDir(): string | undefined {
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => existsSync(join(debian, v, 'bin', 'pg_ctl')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(debian, versions[0], 'bin');
  }
  const r = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' });
  return r.status === 0 ? join(r.stdout.trim(), '..') : undefined;
}

const BIN = binDir();
const isRoot = process.getuid?.() === 0;
const hasPostgresUser = spawnSync('id', ['-u', 'postgres'], { stdio: 'ignore' }).status === 0;

/** Why the real-PostgreSQL tests cannot run here, or undefined when they can. */
export const postgresMissing: string | undefined = !BIN
  ? 'PostgreSQL server binaries not found (apt-get install postgresql)'
  : isRoot && !hasPostgresUser
    ? 'running as root and there is no postgres user to run the server as'
    : undefined;

export interface PostgresServer {
  /** a connection URL over the Unix socket */
  url: string;
  /** the server's folder (data, log, socket) */
  dir: string;
  stop(): void;
}

const ROLE = 'ztaudit';

function run(argv: string[]): void {
  const full = isRoot ? ['runuser', '-u', 'postgres', '--', ...argv] : argv;
  const r = spawnSync(full[0]!, full.slice(1), { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed: ${r.stderr || r.stdout}`);
}

export function startPostgres(): PostgresServer {
  const dir = mkdtempSync(join(tmpdir(), 'ztaudit-pg-'));
  if (isRoot) {
    const id = (what: string): number => Number(spawnSync('id', [what, 'postgres'], { encoding: 'utf8' }).stdout.trim());
    chownSync(dir, id('-u'), id('-g'));
  }
  chmodSync(dir, 0o700);
  const data = join(dir, 'data');
  run([join(BIN!, 'initdb'), '-D', data, '-U', ROLE, '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  run([join(BIN!, 'pg_ctl'), 'start', '-w', '-t', '60', '-D', data, '-l', join(dir, 'log'), '-o', `-k ${dir} -c listen_addresses='' -c fsync=off`]);
  // the socket folder must be reachable by the test process when the server runs as postgres
  if (isRoot) chmodSync(dir, 0o755);
  let stopped = false;
  return {
    url: `postgres://${ROLE}@localhost/postgres?host=${encodeURIComponent(dir)}`,
    dir,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run([join(BIN!, 'pg_ctl'), 'stop', '-w', '-m', 'immediate', '-D', data]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
