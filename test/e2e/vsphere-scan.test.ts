// vSphere end to end through the CLI: `ztaudit scan -i inventory.yaml --ca ca.pem` against the
// replay vCenter / ESXi of test/providers/vsphere/fake-vsphere.ts (real TLS on 127.0.0.1, the
// authentication checked). Every weakness planted in the weak fixtures is found by its check id
// and object, the hardened ones by none; a refused login and an unverified certificate are exit 3
// with the reason; only the documented calls are made and no secret reaches any output.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import type { TestHttpsServer } from '../helpers/https-server.js';
import { makePki, type Pki } from '../helpers/pki.js';
import { DOCUMENTED, PASSWORD, REST_SESSION, SOAP_COOKIE, USER, callOf, repoRoot, startFakeVsphere, type FakeVsphereOptions } from '../providers/vsphere/fake-vsphere.js';

let dir: string;
let pki: Pki;
let server: TestHttpsServer | undefined;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ztaudit-vsphere-e2e-'));
  pki = makePki(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(async () => {
  await server?.close();
  server = undefined;
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

// asynchronous: the replay server answers from this process
const ztaudit = (args: string[], env: Record<string, string>): Promise<Run> =>
  new Promise((resolve) => {
    execFile(process.execPath, [join(repoRoot, 'bin/ztaudit.js'), ...args], { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 60_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });

async function scan(o: FakeVsphereOptions, extra: { password?: string; caFlag?: string } = {}): Promise<{ run: Run; report: Report | undefined }> {
  server = await startFakeVsphere({ ...o, server: { pki } });
  const inventory = join(dir, 'inventory.yaml');
  // the address as a user writes it: host:port, the scheme implied
  writeFileSync(inventory, `targets:\n  - name: vc\n    kind: vsphere\n    address: 127.0.0.1:${server.port}\n    user: ${USER}\n    credentials:\n      password: { env: ZT_VSPHERE_PASSWORD }\n`);
  const run = await ztaudit(['scan', '-i', inventory, '--ca', extra.caFlag ?? pki.ca, '--only', 'hypervisor.vsphere.*', '-f', 'json', '-v'], { ZT_VSPHERE_PASSWORD: extra.password ?? PASSWORD });
  for (const s of [PASSWORD, REST_SESSION, SOAP_COOKIE, Buffer.from(`${USER}:${PASSWORD}`).toString('base64')]) expect(run.stdout + run.stderr).not.toContain(s);
  expect(server.requests.map(callOf).filter((c) => !DOCUMENTED.has(c))).toEqual([]);
  let report: Report | undefined;
  try {
    report = JSON.parse(run.stdout) as Report;
  } catch {
    report = undefined;
  }
  return { run, report };
}

const rows = (r: Report, status: string): string[] => r.results.filter((x) => x.status === status).map((x) => `${x.checkId}${x.resource ? ` ${x.resource.name}` : ''}`).sort();
const ids = (r: Report, status: string): string[] => [...new Set(r.results.filter((x) => x.status === status).map((x) => x.checkId))].sort();

const ALL = ['esxi-shell-disabled', 'host-ntp', 'host-syslog', 'lockdown-mode', 'shell-timeouts', 'ssh-disabled', 'vcsa-ntp', 'vcsa-shell-access', 'vcsa-syslog', 'vm-encryption', 'vm-isolation-tools', 'vm-secure-boot-vtpm'].map((c) => `hypervisor.vsphere.${c}`);

describe('scan -i inventory.yaml --ca ca.pem (kind vsphere)', () => {
  it('finds every weakness planted in the weak vCenter, by check id and object', async () => {
    const { run, report } = await scan({ set: 'weak' });
    expect(report!.targets[0]!.status).toBe('ok');
    expect(rows(report!, 'fail')).toEqual([
      'hypervisor.vsphere.esxi-shell-disabled esx-01.example.internal',
      'hypervisor.vsphere.esxi-shell-disabled esx-02.example.internal',
      'hypervisor.vsphere.host-ntp esx-01.example.internal',
      'hypervisor.vsphere.host-syslog esx-01.example.internal',
      'hypervisor.vsphere.lockdown-mode esx-01.example.internal',
      'hypervisor.vsphere.shell-timeouts esx-01.example.internal',
      'hypervisor.vsphere.shell-timeouts esx-02.example.internal',
      'hypervisor.vsphere.ssh-disabled esx-01.example.internal',
      'hypervisor.vsphere.vcsa-ntp',
      'hypervisor.vsphere.vcsa-shell-access',
      'hypervisor.vsphere.vcsa-syslog',
      'hypervisor.vsphere.vm-encryption web-01',
      'hypervisor.vsphere.vm-isolation-tools db-01',
      'hypervisor.vsphere.vm-isolation-tools web-01',
      'hypervisor.vsphere.vm-secure-boot-vtpm web-01',
    ]);
    expect(ids(report!, 'fail')).toEqual(ALL);
    expect(rows(report!, 'error')).toEqual([]);
    expect(run.code).toBe(0);
    // -v logs the calls, never a secret (asserted in scan())
    expect(run.stderr).toContain('vsphere: POST /api/session');
  });

  it('finds nothing in the hardened vCenter', async () => {
    const { report } = await scan({ set: 'hardened' });
    expect(rows(report!, 'fail')).toEqual([]);
    expect(rows(report!, 'error')).toEqual([]);
    expect(ids(report!, 'pass')).toEqual(ALL);
  });

  it('an ESXi host on its own: host and VM checks run, lockdown and the appliance checks do not apply', async () => {
    const { report } = await scan({ set: 'esxi' });
    expect(ids(report!, 'fail')).toEqual(['hypervisor.vsphere.host-ntp', 'hypervisor.vsphere.host-syslog', 'hypervisor.vsphere.shell-timeouts', 'hypervisor.vsphere.ssh-disabled', 'hypervisor.vsphere.vm-encryption', 'hypervisor.vsphere.vm-secure-boot-vtpm']);
    expect(ids(report!, 'not_applicable')).toEqual(['hypervisor.vsphere.lockdown-mode', 'hypervisor.vsphere.vcsa-ntp', 'hypervisor.vsphere.vcsa-shell-access', 'hypervisor.vsphere.vcsa-syslog']);
  });

  it('a 403 on one path: that check is error with the reason, the others still run', async () => {
    const { run, report } = await scan({ set: 'weak', forbidden: ['/api/appliance/access/ssh'] });
    const access = report!.results.find((x) => x.checkId === 'hypervisor.vsphere.vcsa-shell-access')!;
    expect(access.status).toBe('error');
    expect(access.message).toBe('/api/appliance/access/ssh: HTTP 403 (forbidden)');
    expect(report!.targets[0]!.status).toBe('partial');
    expect(ids(report!, 'fail')).toEqual(ALL.filter((c) => c !== 'hypervisor.vsphere.vcsa-shell-access'));
    expect(run.code).toBe(0);
  });

  it('a wrong password: exit 3, the target unreachable, "authentication failed"', async () => {
    const { run, report } = await scan({ set: 'weak' }, { password: 'not-the-Pa55word' });
    expect(run.code).toBe(3);
    expect(report!.targets[0]).toMatchObject({ status: 'unreachable', error: `authentication failed: POST /api/session refused user ${USER} (HTTP 401)` });
    expect(run.stdout + run.stderr).not.toContain('not-the-Pa55word');
  });

  it('a certificate that does not verify: exit 3, the reason names it, nothing asked', async () => {
    const { run, report } = await scan({ set: 'weak' }, { caFlag: pki.otherCa });
    expect(run.code).toBe(3);
    expect(report!.targets[0]!.status).toBe('unreachable');
    expect(report!.targets[0]!.error).toMatch(/TLS certificate of https:\/\/127\.0\.0\.1:\d+ not verified: the certificate (issuer|chain|is not signed)/);
    expect(server!.requests).toEqual([]);
  });

  it('collect -o: the snapshot holds the facts and no secret', async () => {
    server = await startFakeVsphere({ set: 'weak', server: { pki } });
    const inventory = join(dir, 'inventory.yaml');
    writeFileSync(inventory, `targets:\n  - name: vc\n    kind: vsphere\n    address: https://127.0.0.1:${server.port}/\n    user: ${USER}\n    ca: ${pki.ca}\n    credentials:\n      password: { env: ZT_VSPHERE_PASSWORD }\n`);
    const out = join(dir, 'facts.json');
    const run = await ztaudit(['collect', '-i', inventory, '-o', out, '-q'], { ZT_VSPHERE_PASSWORD: PASSWORD });
    expect(run.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    for (const s of [PASSWORD, REST_SESSION, SOAP_COOKIE]) expect(text).not.toContain(s);
    const snap = JSON.parse(text) as { targets: { facts: Record<string, { ok: boolean }> }[] };
    expect(Object.keys(snap.targets[0]!.facts).sort()).toEqual(['vsphere.about', 'vsphere.appliance.access', 'vsphere.appliance.syslog', 'vsphere.appliance.time', 'vsphere.hosts', 'vsphere.vms']);
  });
});

describe('checks list --kind vsphere', () => {
  it('lists the twelve vSphere checks, each complete, across the pillars the issue maps', async () => {
    const r = await ztaudit(['checks', 'list', '--json', '--kind', 'vsphere'], {});
    expect(r.code).toBe(0);
    const checks = JSON.parse(r.stdout) as { id: string; pillar: string; stage: string; references: string[]; remediation: string }[];
    expect(checks.map((c) => c.id).sort()).toEqual(ALL);
    expect(new Set(checks.map((c) => c.pillar))).toEqual(new Set(['identity', 'networks', 'devices', 'applications_workloads', 'data', 'visibility_analytics']));
    for (const c of checks) expect(c.references.length > 0 && c.remediation.trim() !== '', c.id).toBe(true);
    expect(checks.filter((c) => c.stage === 'advanced').map((c) => c.id).sort()).toEqual(['hypervisor.vsphere.vm-encryption', 'hypervisor.vsphere.vm-secure-boot-vtpm']);
  });
});
