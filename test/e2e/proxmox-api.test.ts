// Proxmox VE end to end through the CLI (`scan -i inventory.yaml --ca ca.pem`): the real HTTPS
// client against a local TLS server that replays answers shaped as the Proxmox VE API viewer
// documents them (fixtures/proxmox/README.md) and checks the PVEAPIToken header. Every weakness
// planted in weak/ is found by its check id and resource, hardened/ by none; a 403 on one path makes
// only its check `error`; a refused token and a certificate that does not verify make the target
// unreachable (exit 3) with the problem named; only GETs are sent; the token secret never shows.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import type { TestHttpsServer } from '../helpers/https-server.js';
import { TOKEN, TOKEN_SECRET, pveReplay } from '../providers/proxmox/pve-replay.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const SITE_PACK = join(repoRoot, 'fixtures/packs/proxmox-site');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The built CLI, asynchronously: the replay server answers from this process while it runs. */
function ztaudit(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(repoRoot, 'bin/ztaudit.js'), ...args], { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'ztaudit-pve-'));
function inventory(server: TestHttpsServer, extra = ''): string {
  const file = join(dir, `inventory-${server.port}${extra ? '-ca' : ''}.yaml`);
  writeFileSync(file, `targets:\n  - name: pve\n    kind: proxmox\n    address: https://127.0.0.1:${server.port}\n    credentials:\n      token: { env: PVE_TOKEN }\n${extra}`);
  return file;
}

async function scan(server: TestHttpsServer, opts: { ca?: string | false; token?: string; only?: string; extra?: string[] } = {}): Promise<Run & { report: Report }> {
  const ca = opts.ca === undefined ? server.pki.ca : opts.ca;
  // with the site rule of fixtures/packs/proxmox-site (no guest agent), a YAML check over proxmox.vms
  const r = await ztaudit(['scan', '-i', inventory(server), ...(ca ? ['--ca', ca] : []), '--checks', SITE_PACK, '--only', opts.only ?? 'hypervisor.proxmox.*,site.*', '-f', 'json', '-q', ...(opts.extra ?? [])], { PVE_TOKEN: opts.token ?? TOKEN });
  return { ...r, report: JSON.parse(r.stdout) as Report };
}

const rows = (r: Report, status: string): string[] =>
  r.results.filter((x) => x.status === status).map((x) => `${x.checkId.replace('hypervisor.proxmox.', '')}${x.resource ? ` ${x.resource.namespace ? `${x.resource.namespace}/` : ''}${x.resource.name}` : ''}`).sort();

const WEAK_FAILS = [
  'backup-encryption backup-3f2d5c1a-7b8e',
  'backup-jobs',
  'datacenter-firewall',
  'firewall-input-policy',
  'firewall-logging pve1',
  'firewall-logging pve2',
  'migration-secure',
  'node-firewall pve1',
  'pci-passthrough 101',
  'pending-updates pve1',
  'root-token root@pam!automation',
  'site.proxmox.no-guest-agent',
  'token-expiry alice@pve!monitoring',
  'token-expiry root@pam!automation',
  'token-privsep root@pam!automation',
  'user-tfa alice@pve',
  'user-tfa root@pam',
  'vm-args-listeners 200',
];

describe('scan -i inventory.yaml --ca ca.pem against a Proxmox VE API replay', () => {
  let weak: TestHttpsServer;
  let hardened: TestHttpsServer;
  beforeAll(async () => {
    weak = await pveReplay('weak');
    hardened = await pveReplay('hardened', { pki: weak.pki });
  }, 30_000);
  afterAll(async () => {
    await hardened?.close();
    await weak?.close();
  });

  it('finds every weakness planted in weak/ (and the site rule\'s), by check id and resource, with only GETs under /api2/json sent with the token header', async () => {
    const before = weak.requests.length;
    const r = await scan(weak);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.report.targets[0]).toMatchObject({ id: 'proxmox:pve', kind: 'proxmox', status: 'ok' });
    expect(rows(r.report, 'fail')).toEqual(WEAK_FAILS);
    expect(rows(r.report, 'error')).toEqual([]);
    const sent = weak.requests.slice(before);
    expect(new Set(sent.map((q) => q.method))).toEqual(new Set(['GET']));
    for (const q of sent) {
      expect(q.path).toMatch(/^\/api2\/json\//);
      expect(q.headers.authorization).toBe(`PVEAPIToken=${TOKEN}`);
      expect(q.body).toBe('');
    }
    const paths = sent.map((q) => `${q.path}${q.query.size ? `?${q.query.toString()}` : ''}`).sort();
    expect(paths).toEqual([
      '/api2/json/access/domains', '/api2/json/access/tfa', '/api2/json/access/users?full=1', '/api2/json/cluster/backup', '/api2/json/cluster/firewall/options',
      '/api2/json/cluster/options', '/api2/json/nodes', '/api2/json/nodes/pve1/apt/update', '/api2/json/nodes/pve1/firewall/options', '/api2/json/nodes/pve1/qemu',
      '/api2/json/nodes/pve1/qemu/100/config', '/api2/json/nodes/pve1/qemu/101/config', '/api2/json/nodes/pve2/apt/update', '/api2/json/nodes/pve2/firewall/options',
      '/api2/json/nodes/pve2/qemu', '/api2/json/nodes/pve2/qemu/200/config', '/api2/json/nodes/pve2/qemu/9000/config', '/api2/json/storage', '/api2/json/version',
    ]);
    // the evidence a reader needs
    const msg = (id: string): string[] => r.report.results.filter((x) => x.checkId === `hypervisor.proxmox.${id}` && x.status === 'fail').map((x) => x.message);
    expect(msg('pending-updates')[0]).toContain('3 pending updates: libssl3 3.0.11-1~deb12u2 -> 3.0.15-1~deb12u1 (Debian)');
    expect(msg('vm-args-listeners')[0]).toBe('guest pve2/200 (legacy-console): -vnc 0.0.0.0:77 listens on 0.0.0.0; -serial telnet::4555 listens on every address');
    expect(msg('backup-jobs')[0]).toBe('no enabled backup job selects pve1/101 (gpu-worker), pve2/200 (legacy-console)');
  });

  it('finds nothing in hardened/: every check passes, the site rule too', async () => {
    const r = await scan(hardened);
    expect(r.code).toBe(0);
    expect(rows(r.report, 'fail')).toEqual([]);
    expect(rows(r.report, 'error')).toEqual([]);
    expect(rows(r.report, 'pass')).toEqual([
      'backup-encryption backup-6e5d4c3b-2a19', 'backup-jobs', 'datacenter-firewall', 'firewall-input-policy', 'firewall-logging pve1', 'firewall-logging pve2', 'migration-secure',
      'node-firewall pve1', 'node-firewall pve2', 'pci-passthrough 100', 'pci-passthrough 200', 'pending-updates pve1', 'pending-updates pve2', 'root-token', 'site.proxmox.no-guest-agent',
      'token-expiry auditor@pve!ztaudit', 'token-expiry automation@pve!terraform', 'token-privsep auditor@pve!ztaudit', 'token-privsep automation@pve!terraform',
      'user-tfa alice@pve', 'user-tfa auditor@pve', 'user-tfa automation@pve', 'user-tfa ops@corp', 'user-tfa root@pam', 'vm-args-listeners 100', 'vm-args-listeners 200',
    ]);
  });

  it('a 403 on one path makes only the check that needs it `error`, with the privilege Proxmox names; the others still run', async () => {
    const forbidding = await pveReplay('weak', { pki: weak.pki, forbid: { 'nodes/pve1/apt/update': '/nodes/pve1, Sys.Modify', 'nodes/pve2/apt/update': '/nodes/pve2, Sys.Modify' } });
    try {
      const r = await scan(forbidding);
      expect(r.code).toBe(0);
      expect(r.report.targets[0]!.status).toBe('partial');
      expect(r.report.targets[0]!.error).toContain('forbidden: GET /api2/json/nodes/pve1/apt/update: Permission check failed (/nodes/pve1, Sys.Modify)');
      const errors = r.report.results.filter((x) => x.status === 'error');
      expect(errors.map((x) => x.checkId)).toEqual(['hypervisor.proxmox.pending-updates']);
      expect(errors[0]!.message).toBe('node pve1: forbidden: GET /api2/json/nodes/pve1/apt/update: Permission check failed (/nodes/pve1, Sys.Modify); node pve2: forbidden: GET /api2/json/nodes/pve2/apt/update: Permission check failed (/nodes/pve2, Sys.Modify)');
      expect(rows(r.report, 'fail')).toEqual(WEAK_FAILS.filter((f) => !f.startsWith('pending-updates')));
    } finally {
      await forbidding.close();
    }
  });

  it('a refused token (401) makes the target unreachable: exit 3, "authentication failed", nothing else asked', async () => {
    const before = weak.requests.length;
    const wrong = 'auditor@pve!ztaudit=00000000-0000-4000-8000-000000000000';
    const r = await scan(weak, { token: wrong });
    expect(r.code).toBe(3);
    expect(r.report.targets[0]).toMatchObject({ status: 'unreachable' });
    expect(r.report.targets[0]!.error).toMatch(/^https:\/\/127\.0\.0\.1:\d+: authentication failed: the API token auditor@pve!ztaudit was refused \(HTTP 401 authentication failure\)$/);
    expect(new Set(r.report.results.map((x) => x.status))).toEqual(new Set(['error']));
    expect(weak.requests.slice(before).map((q) => q.path)).toEqual(['/api2/json/version']);
    expect(r.stdout + r.stderr).not.toContain('00000000-0000-4000-8000-000000000000');
  });

  it('a certificate that does not verify makes the target unreachable (exit 3) with the problem named, before any request', async () => {
    const before = weak.requests.length;
    for (const ca of [false, weak.pki.otherCa] as const) {
      const r = await scan(weak, { ca });
      expect(r.code).toBe(3);
      expect(r.report.targets[0]!.status).toBe('unreachable');
      expect(r.report.targets[0]!.error).toMatch(/^TLS certificate of https:\/\/127\.0\.0\.1:\d+ not verified: the certificate (issuer is not a trusted CA|is not signed by a trusted CA|issuer is unknown) \(\w+\); give its CA with --ca FILE or inventory ca:$/);
    }
    expect(weak.requests.length).toBe(before);
  });

  it('takes the CA from the inventory (ca:) as well as from --ca, and asks only what the selected checks read', async () => {
    const file = join(dir, 'inventory-inline-ca.yaml');
    writeFileSync(file, `targets:\n  - name: pve\n    kind: proxmox\n    address: https://127.0.0.1:${hardened.port}\n    ca: ${hardened.pki.ca}\n    credentials:\n      token: { env: PVE_TOKEN }\n`);
    const before = hardened.requests.length;
    const r = await ztaudit(['scan', '-i', file, '--only', 'hypervisor.proxmox.datacenter-firewall', '-f', 'json', '-q'], { PVE_TOKEN: TOKEN });
    expect(r.code).toBe(0);
    expect(rows(JSON.parse(r.stdout) as Report, 'pass')).toEqual(['datacenter-firewall']);
    // and asks only for what the selected check reads (after /version, which tells a refused token)
    expect(hardened.requests.slice(before).map((q) => q.path)).toEqual(['/api2/json/version', '/api2/json/cluster/firewall/options']);
  });

  it('never writes the token secret: not in the report, the saved facts, nor the verbose log', async () => {
    const facts = join(dir, 'facts.json');
    const r = await ztaudit(['scan', '-i', inventory(weak), '--ca', weak.pki.ca, '--only', 'hypervisor.proxmox.*', '-f', 'json', '-v', '--save-facts', facts], { PVE_TOKEN: TOKEN });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('GET /api2/json/nodes/pve1/apt/update: HTTP 200');
    const saved = readFileSync(facts, 'utf8');
    for (const text of [r.stdout, r.stderr, saved]) expect(text).not.toContain(TOKEN_SECRET);
    // the facts hold what the checks read, and the guests with a guest agent for site rules
    const snap = JSON.parse(saved) as { targets: { facts: Record<string, { ok: boolean; value?: { guestAgents?: string[] } }> }[] };
    expect(snap.targets[0]!.facts['proxmox.vms']!.value!.guestAgents).toEqual(['pve1/100 web', 'pve1/101 gpu-worker']);
  });

  it('refuses an address that is not https (exit 2, one line)', async () => {
    const file = join(dir, 'inventory-http.yaml');
    writeFileSync(file, 'targets:\n  - name: pve\n    kind: proxmox\n    address: http://pve.example.internal:8006\n    credentials:\n      token: { env: PVE_TOKEN }\n');
    const r = await ztaudit(['scan', '-i', file, '-q'], { PVE_TOKEN: TOKEN });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('the Proxmox VE API is served over https only');
  });
});
