// The vSphere provider against the replay vCenter / ESXi (fake-vsphere.ts): facts as the fixtures
// say, a 403 or a NoPermission fault costing one fact only, a refused login or an unverified
// certificate making the target unreachable with the reason, no secret in anything it returns.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { VsphereHostsFacts, VsphereVmsFacts } from '../../../src/kit/hypervisor/vsphere.js';
import type { TargetSpec } from '../../../src/kinds/types.js';
import { VSPHERE_PROVIDER } from '../../../src/providers/vsphere/provider.js';
import type { TestHttpsServer } from '../../helpers/https-server.js';
import { makePki, type Pki } from '../../helpers/pki.js';
import { DOCUMENTED, PASSWORD, REST_SESSION, SOAP_COOKIE, USER, callOf, startFakeVsphere, type FakeVsphereOptions } from './fake-vsphere.js';

let server: TestHttpsServer | undefined;
// one throwaway CA for every server of this file (openssl is the slow part)
let pkiDir: string;
let pki: Pki;
beforeAll(() => {
  pkiDir = mkdtempSync(join(tmpdir(), 'ztaudit-vsphere-'));
  pki = makePki(pkiDir);
});
afterAll(() => rmSync(pkiDir, { recursive: true, force: true }));
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const logs: string[] = [];
async function collect(o: FakeVsphereOptions, opts: { password?: string; ca?: 'trusted' | 'other' | 'none' } = {}) {
  server = await startFakeVsphere({ ...o, server: { pki } });
  const env = `ZT_VSPHERE_TEST_PW_${Math.random().toString(36).slice(2)}`;
  process.env[env] = opts.password ?? PASSWORD;
  const ca = opts.ca ?? 'trusted';
  const target: TargetSpec = {
    id: 'vsphere:vc',
    kind: 'vsphere',
    name: 'vc',
    address: server.url,
    options: { user: USER, credentials: { password: { env } }, ...(ca === 'none' ? {} : { ca: ca === 'trusted' ? server.pki.ca : server.pki.otherCa }) },
  };
  logs.length = 0;
  const out = await VSPHERE_PROVIDER.collect(target, undefined, { timeoutMs: 10_000, signal: new AbortController().signal, log: (m) => logs.push(m) });
  delete process.env[env];
  return out;
}

const noSecrets = (value: unknown): void => {
  const text = JSON.stringify(value) + logs.join('\n');
  for (const s of [PASSWORD, REST_SESSION, SOAP_COOKIE, Buffer.from(`${USER}:${PASSWORD}`).toString('base64')]) expect(text).not.toContain(s);
};

describe('vSphere provider', () => {
  it('reads a vCenter: hosts (two property collector pages), VMs, the appliance; only documented calls', async () => {
    const out = await collect({ set: 'weak' });
    expect(out.status).toBe('ok');
    const hosts = out.facts['vsphere.hosts'] as { ok: true; value: VsphereHostsFacts };
    expect(hosts.ok).toBe(true);
    expect(hosts.value.hosts.map((h) => [h.id, h.name, h.lockdownMode, h.managementServer])).toEqual([
      ['host-10', 'esx-01.example.internal', 'lockdownDisabled', '10.0.0.5'],
      ['host-11', 'esx-02.example.internal', 'lockdownNormal', '10.0.0.5'],
    ]);
    const esx1 = hosts.value.hosts[0]!;
    expect(esx1.services.find((s) => s.key === 'TSM-SSH')).toEqual({ key: 'TSM-SSH', label: 'SSH', running: true, policy: 'on' });
    // only the options the checks read are kept
    expect(esx1.options).toEqual({ 'Syslog.global.logHost': '', 'UserVars.ESXiShellInteractiveTimeOut': '0', 'UserVars.ESXiShellTimeOut': '0' });
    expect(hosts.value.hosts[1]!.ntpServers).toEqual(['10.0.0.1']);
    const vms = out.facts['vsphere.vms'] as { ok: true; value: VsphereVmsFacts };
    expect(vms.value.vms).toEqual([
      { id: 'vm-42', name: 'web-01', powerState: 'poweredOn', template: false, encrypted: false, vtpm: false, firmware: 'bios', secureBoot: false, isolation: { 'isolation.tools.copy.disable': 'FALSE', 'isolation.tools.paste.disable': 'false' } },
      { id: 'vm-43', name: 'db-01', powerState: 'poweredOff', template: false, encrypted: true, keyProvider: 'nkp-01', vtpm: true, firmware: 'efi', secureBoot: true, isolation: { 'isolation.tools.dnd.disable': 'FALSE' } },
    ]);
    expect(out.facts['vsphere.appliance.access']).toEqual({ ok: true, value: { ssh: true, shell: { enabled: true, timeout: 3600 }, consoleCli: true } });
    expect(out.facts['vsphere.appliance.time']).toEqual({ ok: true, value: { mode: 'DISABLED', servers: [] } });
    expect(out.facts['vsphere.appliance.syslog']).toEqual({ ok: true, value: { forwarding: [] } });
    expect(out.facts['vsphere.about']).toMatchObject({ ok: true, value: { apiType: 'VirtualCenter', version: '8.0.2' } });
    const calls = server!.requests.map(callOf);
    expect(calls.filter((c) => !DOCUMENTED.has(c))).toEqual([]);
    expect(calls[0]).toBe('POST /sdk RetrieveServiceContent');
    expect(calls).toContain('POST /sdk ContinueRetrievePropertiesEx');
    expect(calls.slice(-2)).toEqual(['POST /sdk Logout', 'DELETE /api/session']);
    // the only non-GET REST calls open and close the session
    expect(server!.requests.filter((r) => r.path.startsWith('/api/') && r.method !== 'GET').map(callOf)).toEqual(['POST /api/session', 'DELETE /api/session']);
    // the password went out XML-escaped, and only in Login
    const login = server!.requests.find((r) => callOf(r) === 'POST /sdk Login')!;
    expect(login.body).toContain('<password>Vc-Pa55&amp;&lt;word&gt;&quot;x</password>');
    expect(server!.requests.filter((r) => r.body.includes('Vc-Pa55')).length).toBe(1);
    noSecrets(out);
  });

  it('reads an ESXi host through the inventory tree; the appliance facts do not apply', async () => {
    const out = await collect({ set: 'esxi' });
    expect(out.status).toBe('ok');
    const hosts = out.facts['vsphere.hosts'] as { ok: true; value: VsphereHostsFacts };
    expect(hosts.value.hosts.map((h) => h.id)).toEqual(['ha-host']);
    expect(hosts.value.hosts[0]!.managementServer).toBeUndefined();
    expect((out.facts['vsphere.vms'] as { ok: true; value: VsphereVmsFacts }).value.vms.map((v) => v.name)).toEqual(['lab-vm']);
    expect(out.facts['vsphere.appliance.access']).toMatchObject({ ok: false, notApplicable: true, reason: expect.stringMatching(/ESXi host \(HostAgent\)/) });
    const calls = server!.requests.map(callOf);
    expect(calls.filter((c) => c.includes('/api/'))).toEqual([]);
    const retrieve = server!.requests.find((r) => callOf(r) === 'POST /sdk RetrievePropertiesEx')!;
    expect(retrieve.body).toContain('<obj type="Folder">ha-folder-root</obj>');
    expect(retrieve.body).toContain('<selectSet xsi:type="TraversalSpec"><name>folder</name><type>Folder</type><path>childEntity</path>');
    noSecrets(out);
  });

  it('a 403 on one REST path is that fact\'s error; the others are still collected', async () => {
    const out = await collect({ set: 'weak', forbidden: ['/api/appliance/logging/forwarding'] });
    expect(out.status).toBe('partial');
    expect(out.facts['vsphere.appliance.syslog']).toEqual({ ok: false, reason: '/api/appliance/logging/forwarding: HTTP 403 (forbidden)' });
    for (const f of ['vsphere.hosts', 'vsphere.vms', 'vsphere.appliance.access', 'vsphere.appliance.time']) expect(out.facts[f]?.ok, f).toBe(true);
  });

  it('a VM list the REST API cannot give (over 4,000 VMs) is read through the property collector from the root folder', async () => {
    const out = await collect({ set: 'hardened', failing: { '/api/vcenter/vm': 500 } });
    expect(out.status).toBe('ok');
    expect((out.facts['vsphere.vms'] as { ok: true; value: VsphereVmsFacts }).value.vms.map((v) => v.name)).toEqual(['web-01', 'db-01']);
    const vmRead = server!.requests.find((r) => callOf(r) === 'POST /sdk RetrievePropertiesEx' && r.body.includes('<type>VirtualMachine</type>'))!;
    expect(vmRead.body).toContain('<obj type="Folder">group-d1</obj>');
    expect(logs.join('\n')).toContain('/api/vcenter/vm: HTTP 500; walking the inventory through the property collector instead');
  });

  it('a NoPermission fault on the VM read is the VMs fact\'s error, naming the privilege', async () => {
    const out = await collect({ set: 'hardened', denyVms: true });
    expect(out.status).toBe('partial');
    expect(out.facts['vsphere.vms']).toEqual({ ok: false, reason: 'NoPermission: Permission to perform this operation was denied. (System.Read on VirtualMachine vm-42)' });
    expect(out.facts['vsphere.hosts']?.ok).toBe(true);
  });

  it('a wrong password: unreachable, authentication failed, the password nowhere', async () => {
    const out = await collect({ set: 'weak' }, { password: 'wrong-Pa55word' });
    expect(out).toEqual({ facts: {}, status: 'unreachable', error: `authentication failed: POST /api/session refused user ${USER} (HTTP 401)` });
    const esxi = await (async () => {
      await server!.close();
      server = undefined;
      return collect({ set: 'esxi' }, { password: 'wrong-Pa55word' });
    })();
    expect(esxi.error).toBe(`authentication failed: SessionManager.Login refused user ${USER} (InvalidLogin)`);
    expect(JSON.stringify(esxi)).not.toContain('wrong-Pa55word');
  });

  it('a certificate that does not verify: unreachable, the problem named, nothing sent', async () => {
    const out = await collect({ set: 'weak' }, { ca: 'other' });
    expect(out.status).toBe('unreachable');
    expect(out.error).toMatch(/^TLS certificate of https:\/\/127\.0\.0\.1:\d+ not verified: .*; give its CA with --ca FILE or inventory ca:$/);
    expect(server!.requests).toEqual([]);
  });

  it('a target without user or password is unreachable with the reason', async () => {
    const out = await VSPHERE_PROVIDER.collect({ id: 'vsphere:x', kind: 'vsphere', name: 'x', address: 'vc.example.internal', options: {} }, undefined, { timeoutMs: 1000, signal: new AbortController().signal, log: () => undefined });
    expect(out).toMatchObject({ status: 'unreachable', error: expect.stringMatching(/needs user and credentials.password/) });
    const bad = await VSPHERE_PROVIDER.collect({ id: 'vsphere:y', kind: 'vsphere', name: 'y', address: 'http://vc.example.internal', options: {} }, undefined, { timeoutMs: 1000, signal: new AbortController().signal, log: () => undefined });
    expect(bad.error).toMatch(/is not a host name or https:\/\/host\[:port\] URL/);
  });
});
