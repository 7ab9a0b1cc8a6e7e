// A real S3 server for the tests: OpenStack Swift from Debian's packages (swift-proxy, -account,
// -container, -object) with its s3api middleware and tempauth, on 127.0.0.1 only. Everything lives
// in one temporary folder: swift.conf (found through swift_dir), a one-device ring per server built
// with Swift's own RingBuilder, the device's storage (Swift keeps object metadata in xattrs, which
// the temporary filesystem must support), and each server's log. The four servers start side by
// side (single process each: workers = 0) and the helper waits until each backend accepts a
// connection before the proxy is asked anything: a proxy that meets a closed backend error-limits
// it for a minute. s3_acl = true: Swift keeps S3 ACLs as the S3 API defines them (the default
// mode cannot report a public-read grant back through GET ?acl in Swift 2.30).
// No memcached: tempauth and s3api need the cache middleware, not a server behind it.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PYTHON = '/usr/bin/python3';
const SERVERS = ['account', 'container', 'object', 'proxy'] as const;

/** Why Swift cannot run here, or undefined when it can (the packages are installed). */
export function swiftMissing(): string | undefined {
  for (const s of SERVERS) if (!existsSync(`/usr/bin/swift-${s}-server`)) return `/usr/bin/swift-${s}-server is not installed (apt-get install swift swift-proxy swift-account swift-container swift-object)`;
  try {
    execFileSync(PYTHON, ['-c', 'import swift.common.ring, swift.common.middleware.s3api'], { stdio: 'pipe' });
  } catch {
    return 'python3-swift is not importable by /usr/bin/python3';
  }
  return undefined;
}

export interface SwiftServer {
  /** http://127.0.0.1:PORT, the S3 endpoint */
  url: string;
  /** tempauth's admin user of account "test": S3 access key "test:tester", secret "testing" */
  admin: { accessKeyId: string; secretAccessKey: string };
  /** a user of the same account who is not its admin */
  reader: { accessKeyId: string; secretAccessKey: string };
  dir: string;
  /** the proxy's access log lines so far (method, path, status): S3 requests, and Swift's own subrequests (/v1/...) */
  accessLog(): { method: string; path: string; status: number }[];
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

const accepts = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const sock = connect({ host: '127.0.0.1', port });
    sock.once('connect', () => {
      sock.destroy();
      resolve(true);
    });
    sock.once('error', () => resolve(false));
  });

const RINGS_PY = `
import os, sys
from swift.common.ring import RingBuilder
d = sys.argv[1]
for kind, port in zip(('account', 'container', 'object'), sys.argv[2:5]):
    b = RingBuilder(6, 1, 1)
    b.add_dev({'id': 0, 'region': 1, 'zone': 1, 'ip': '127.0.0.1', 'port': int(port), 'device': 'd1', 'weight': 100, 'meta': ''})
    b.rebalance()
    b.get_ring().save(os.path.join(d, kind + '.ring.gz'))
`;

function backendConf(dir: string, kind: string, port: number): string {
  return `[DEFAULT]
bind_ip = 127.0.0.1
bind_port = ${port}
workers = 0
devices = ${dir}/srv
mount_check = false
swift_dir = ${dir}
log_level = WARNING
log_address = /dev/null

[pipeline:main]
pipeline = ${kind}-server

[app:${kind}-server]
use = egg:swift#${kind}
`;
}

function proxyConf(dir: string, port: number): string {
  return `[DEFAULT]
bind_ip = 127.0.0.1
bind_port = ${port}
workers = 0
swift_dir = ${dir}
log_level = INFO
log_address = /dev/null

[pipeline:main]
pipeline = catch_errors gatekeeper healthcheck proxy-logging cache listing_formats s3api tempauth copy slo dlo versioned_writes symlink proxy-logging proxy-server

[app:proxy-server]
use = egg:swift#proxy
allow_account_management = true
account_autocreate = true

[filter:catch_errors]
use = egg:swift#catch_errors
[filter:gatekeeper]
use = egg:swift#gatekeeper
[filter:healthcheck]
use = egg:swift#healthcheck
[filter:proxy-logging]
use = egg:swift#proxy_logging
[filter:cache]
use = egg:swift#memcache
# nothing listens there: the middleware is required, a memcached is not
memcache_servers = 127.0.0.1:1
[filter:listing_formats]
use = egg:swift#listing_formats
[filter:s3api]
use = egg:swift#s3api
location = us-east-1
s3_acl = true
[filter:tempauth]
use = egg:swift#tempauth
user_test_tester = testing .admin
user_test_reader = reading
[filter:copy]
use = egg:swift#copy
[filter:slo]
use = egg:swift#slo
[filter:dlo]
use = egg:swift#dlo
[filter:versioned_writes]
use = egg:swift#versioned_writes
allow_object_versioning = true
[filter:symlink]
use = egg:swift#symlink
`;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Start Swift with s3api on 127.0.0.1; throws with the servers' logs when it does not come up in `budgetMs`. */
export async function startSwift(budgetMs = 90_000): Promise<SwiftServer> {
  const dir = mkdtempSync(join(tmpdir(), 'ztaudit-swift-'));
  mkdirSync(join(dir, 'srv', 'd1'), { recursive: true });
  const [accountPort, containerPort, objectPort, proxyPort] = [await freePort(), await freePort(), await freePort(), await freePort()] as [number, number, number, number];
  writeFileSync(join(dir, 'swift.conf'), '[swift-hash]\nswift_hash_path_suffix = ztaudit-test\nswift_hash_path_prefix = ztaudit\n\n[storage-policy:0]\nname = gold\ndefault = yes\n');
  writeFileSync(join(dir, 'rings.py'), RINGS_PY);
  execFileSync(PYTHON, [join(dir, 'rings.py'), dir, String(accountPort), String(containerPort), String(objectPort)], { stdio: 'pipe' });
  const ports = { account: accountPort, container: containerPort, object: objectPort, proxy: proxyPort };
  for (const s of SERVERS) writeFileSync(join(dir, `${s}-server.conf`), s === 'proxy' ? proxyConf(dir, proxyPort) : backendConf(dir, s, ports[s]));
  const children: ChildProcess[] = [];
  // a test process that dies without afterAll leaves no server behind
  const killAll = (): void => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  };
  process.once('exit', killAll);
  const stop = async (): Promise<void> => {
    process.removeListener('exit', killAll);
    await Promise.all(
      children.map(
        (c) =>
          new Promise<void>((resolve) => {
            if (c.exitCode !== null || c.signalCode !== null) return resolve();
            const kill = setTimeout(() => c.kill('SIGKILL'), 3000);
            c.once('exit', () => {
              clearTimeout(kill);
              resolve();
            });
            c.kill('SIGTERM');
          }),
      ),
    );
    rmSync(dir, { recursive: true, force: true });
  };
  const logOf = (s: string): string => join(dir, `${s}.log`);
  const start = (s: (typeof SERVERS)[number]): void => {
    // -v: the access log goes to stdout as well, where the tests read it
    const args = [join(dir, `${s}-server.conf`), ...(s === 'proxy' ? ['-v'] : [])];
    const child = spawn(`/usr/bin/swift-${s}-server`, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: '/usr/sbin:/usr/bin:/bin', HOME: dir, LANG: 'C.UTF-8' } });
    const write = (c: Buffer): void => {
      try {
        appendFileSync(logOf(s), c);
      } catch {
        // the folder is gone: the servers are being stopped
      }
    };
    child.stdout?.on('data', write);
    child.stderr?.on('data', write);
    children.push(child);
  };
  const deadline = Date.now() + budgetMs;
  const waitFor = async (port: number, what: string): Promise<void> => {
    while (!(await accepts(port))) {
      const dead = children.find((c) => c.exitCode !== null);
      if (dead || Date.now() > deadline) {
        const logs = SERVERS.map((s) => `--- ${s}\n${existsSync(logOf(s)) ? readFileSync(logOf(s), 'utf8').slice(-2000) : ''}`).join('\n');
        await stop();
        throw new Error(`Swift ${what} did not start${dead ? ' (a server exited)' : ` within ${budgetMs} ms`}\n${logs}`);
      }
      await sleep(100);
    }
  };
  try {
    for (const s of SERVERS) if (s !== 'proxy') start(s);
    // the proxy loads rings and pipeline meanwhile; it talks to the backends only on requests
    start('proxy');
    for (const s of SERVERS) await waitFor(ports[s], `${s} server`);
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    url: `http://127.0.0.1:${proxyPort}`,
    admin: { accessKeyId: 'test:tester', secretAccessKey: 'testing' },
    reader: { accessKeyId: 'test:reader', secretAccessKey: 'reading' },
    dir,
    accessLog: () =>
      (existsSync(logOf('proxy')) ? readFileSync(logOf('proxy'), 'utf8') : '')
        .split('\n')
        .flatMap((line) => {
          const m = / (GET|HEAD|PUT|POST|DELETE|OPTIONS) (\S+) HTTP\/1\.[01] (\d{3}) /.exec(line);
          return m ? [{ method: m[1]!, path: decodeURIComponent(m[2]!), status: Number(m[3]) }] : [];
        }),
    stop,
  };
}
