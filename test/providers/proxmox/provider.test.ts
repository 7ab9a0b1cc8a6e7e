// The Proxmox VE provider without the CLI: pure parsers on the API viewer's shapes, and collect()
// against the replay server for what the end-to-end tests do not cover (one node forbidden or
// offline, an answer of the wrong shape, credentials and addresses that cannot work).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TargetSpec } from '../../../src/kinds/types.js';
import { proxmoxEndpoint } from '../../../src/kinds/proxmox.js';
import { PROXMOX_FACTS, PROXMOX_PROVIDER } from '../../../src/providers/proxmox/provider.js';
import * as parse from '../../../src/providers/proxmox/parse.js';
import type { ApiCollected } from '../../../src/providers/types.js';
import { startHttpsServer, type TestHttpsServer } from '../../helpers/https-server.js';
import { FIXTURES, TOKEN, TOKEN_SECRET, pveReplay } from './pve-replay.js';

const data = (set: string, path: string): unknown => (JSON.parse(readFileSync(join(FIXTURES, set, `${path}.json`), 'utf8')) as { data: unknown }).data;

describe('parsers, on the fixtures shaped as the API viewer documents', () => {
  it('reads property strings with a default key', () => {
    expect(parse.propertyString('type=insecure,network=10.0.0.0/24', 'type')).toEqual({ type: 'insecure', network: '10.0.0.0/24' });
    expect(parse.propertyString('spice', 'host')).toEqual({ host: 'spice' });
    expect(parse.propertyString('1', 'enabled')).toEqual({ enabled: '1' });
  });

  it('users: booleans as 0/1, privsep defaulting to 1, tokens sorted', () => {
    const users = parse.parseUsers(data('weak', 'access/users'));
    expect(users.map((u) => [u.userid, u.enable, u.tokens.map((t) => `${t.tokenid}:${t.privsep}:${t.expire}`)])).toEqual([
      ['alice@pve', true, ['monitoring:true:0']],
      ['auditor@pve', true, ['ztaudit:true:1830297600']],
      ['bob@pve', false, []],
      ['root@pam', true, ['automation:false:0']],
    ]);
    expect(parse.parseUsers([{ userid: 'x@pve', tokens: [{ tokenid: 't' }] }])[0]!.tokens[0]).toEqual({ tokenid: 't', expire: 0, privsep: true });
  });

  it('guest configurations: host devices, a SPICE redirect is not one, the agent as 1 or a property string', () => {
    const vm = { vmid: 101, name: 'gpu-worker', status: 'running', template: false };
    const c = parse.parseVmConfig(vm, 'pve1', data('weak', 'nodes/pve1/qemu/101/config'));
    expect(c).toMatchObject({ hostpci: ['hostpci0: 0000:01:00.0,pcie=1,x-vga=1'], usbHost: ['usb0: host=046d:c52b'], agent: true });
    expect(parse.parseVmConfig(vm, 'pve1', { usb0: 'mapping=yubikey', usb1: 'host=spice', agent: 'enabled=0', vga: 'qxl,memory=32' })).toMatchObject({ usbHost: ['usb0: mapping=yubikey'], agent: false, vga: 'qxl' });
    // a secret inline in raw QEMU args is never kept
    const masked = parse.parseVmConfig(vm, 'pve1', { args: '-object secret,id=s0,data=c2VjcmV0LXZhbHVl -vnc 0.0.0.0:1,password=on' });
    expect(masked.args).toBe('-object secret,id=s0,data=(masked) -vnc 0.0.0.0:1,password=(masked)');
  });

  it('storage keeps only whether a PBS encryption key is set; backup jobs default to the storage local', () => {
    expect(parse.parseStorage(data('hardened', 'storage')).map((s) => [s.storage, s.type, s.encrypted])).toEqual([['local', 'dir', false], ['local-lvm', 'lvmthin', false], ['pbs-encrypted', 'pbs', true]]);
    expect(JSON.stringify(parse.parseStorage(data('hardened', 'storage')))).not.toContain('a7:3c:f0');
    expect(parse.parseBackupJobs([{ id: 'j', vmid: '100,101', exclude: '102' }])[0]).toEqual({ id: 'j', enabled: true, storage: 'local', all: false, vmids: [100, 101], exclude: [102] });
  });

  it('cluster options: the older migration_unsecure spelling, secure by default', () => {
    expect(parse.parseClusterOptions({ migration_unsecure: 1 }).migrationType).toBe('insecure');
    expect(parse.parseClusterOptions({}).migrationType).toBe('secure');
    expect(parse.parseClusterFirewall({})).toEqual({ enable: false, policyIn: 'DROP', policyOut: 'ACCEPT' });
    expect(parse.parseNodeFirewall('n', {})).toEqual({ node: 'n', enable: true, logLevelIn: 'nolog' });
  });

  it('a shape the API does not document is an error naming the path', () => {
    expect(() => parse.parseUsers({ userid: 'x' })).toThrow('access/users: expected a list');
    expect(() => parse.parseVersion([])).toThrow('version: expected an object');
  });
});

describe('the address of a proxmox target', () => {
  it('is https://host:port, 8006 by default', () => {
    expect(proxmoxEndpoint('https://pve.example.internal:8006')).toBe('https://pve.example.internal:8006');
    expect(proxmoxEndpoint('pve.example.internal')).toBe('https://pve.example.internal:8006');
    expect(proxmoxEndpoint('https://[2001:db8::1]')).toBe('https://[2001:db8::1]:8006');
    expect(() => proxmoxEndpoint('http://pve:8006')).toThrow(/https only/);
    expect(() => proxmoxEndpoint('https://root:pw@pve:8006')).toThrow(/credentials.token/);
    expect(() => proxmoxEndpoint('https://pve:8006/api2/json')).toThrow(/only https:\/\/host:port/);
  });
});

const target = (server: { port: number; pki: { ca: string } } | undefined, extra: Partial<TargetSpec['options']> = {}, token: unknown = TOKEN): TargetSpec => ({
  id: 'proxmox:pve',
  kind: 'proxmox',
  name: 'pve',
  address: server ? `https://127.0.0.1:${server.port}` : 'https://127.0.0.1:1',
  options: { transport: 'https', ...(server ? { ca: server.pki.ca } : {}), credentials: { token }, ...extra },
});

const collect = (t: TargetSpec): Promise<ApiCollected> =>
  PROXMOX_PROVIDER.collect(t, undefined, { timeoutMs: 10_000, signal: new AbortController().signal, log: () => undefined });

describe('collect()', () => {
  let server: TestHttpsServer;
  beforeAll(async () => {
    server = await pveReplay('weak', { forbid: { 'nodes/pve2/apt/update': '/nodes/pve2, Sys.Modify', 'nodes/pve2/qemu/200/config': '/vms/200, VM.Audit' } });
  }, 30_000);
  afterAll(async () => server?.close());

  it('a 403 on one node or one guest keeps the others, names it, and marks the target partial', async () => {
    const r = await collect(target(server));
    expect(Object.keys(r.facts).sort()).toEqual([...PROXMOX_FACTS].sort());
    expect(r.status).toBe('partial');
    const updates = r.facts['proxmox.updates'] as { ok: true; value: { nodes: { node: string }[]; unreadable: { node: string; reason: string }[] } };
    expect(updates.value.nodes.map((n) => n.node)).toEqual(['pve1']);
    expect(updates.value.unreadable).toEqual([{ node: 'pve2', reason: 'forbidden: GET /api2/json/nodes/pve2/apt/update: Permission check failed (/nodes/pve2, Sys.Modify)' }]);
    const vms = r.facts['proxmox.vms'] as { ok: true; value: { vms: { vmid: number }[]; unreadable: { name: string }[] } };
    expect(vms.value.vms.map((v) => v.vmid)).toEqual([100, 101, 9000]);
    expect(vms.value.unreadable.map((u) => u.name)).toEqual(['pve2/200 legacy-console']);
    expect(JSON.stringify(r)).not.toContain(TOKEN_SECRET);
  });

  it('an offline node is named, not asked', async () => {
    const offline = await startHttpsServer((req) => {
      const p = req.path.replace('/api2/json', '');
      if (p === '/nodes') return { body: { data: [{ node: 'pve1', status: 'online' }, { node: 'pve9', status: 'offline' }] } };
      if (p === '/nodes/pve1/qemu') return { body: { data: [] } };
      if (p === '/nodes/pve1/apt/update') return { body: { data: [] } };
      if (p === '/nodes/pve1/firewall/options') return { body: { data: {} } };
      if (p === '/version') return { body: { data: { version: '8.3.0' } } };
      // a path answered in a shape the API does not document
      if (p === '/access/users') return { body: { data: { not: 'a list' } } };
      return { body: { data: [] } };
    }, { pki: server.pki });
    try {
      const r = await collect(target(offline));
      expect((r.facts['proxmox.node-firewall'] as { value: { unreadable: unknown[] } }).value.unreadable).toEqual([{ node: 'pve9', reason: 'the node is offline' }]);
      expect(offline.requests.some((q) => q.path.includes('pve9'))).toBe(false);
      expect(r.facts['proxmox.users']).toEqual({ ok: false, reason: 'unexpected answer: access/users: expected a list' });
      expect(r.facts['proxmox.cluster-firewall']).toEqual({ ok: false, reason: 'unexpected answer: cluster/firewall/options: expected an object' });
    } finally {
      await offline.close();
    }
  });

  it('a server that answers nothing usable makes it unreachable, with the first reason', async () => {
    const broken = await startHttpsServer(() => ({ status: 500, statusMessage: 'Internal Server Error', body: 'oops' }), { pki: server.pki });
    try {
      const r = await collect(target(broken));
      expect(r.status).toBe('unreachable');
      expect(r.error).toBe('nothing could be read: GET /api2/json/version: HTTP 500 Internal Server Error');
    } finally {
      await broken.close();
    }
  });

  it('credentials and addresses that cannot work make it unreachable, without echoing the token', async () => {
    expect(await collect(target(server, {}, { env: 'ZTAUDIT_TEST_NO_SUCH_VAR' }))).toMatchObject({ status: 'unreachable', error: expect.stringContaining('environment variable ZTAUDIT_TEST_NO_SUCH_VAR is not set') });
    const malformed = await collect(target(server, {}, `Bearer-${TOKEN_SECRET}`));
    expect(malformed).toMatchObject({ status: 'unreachable', error: 'credentials.token is not of the form USER@REALM!TOKENID=SECRET' });
    expect(await collect({ ...target(server), options: { transport: 'https' } })).toMatchObject({ status: 'unreachable', error: expect.stringMatching(/^no credentials\.token/) });
    expect(await collect({ ...target(server), address: undefined } as unknown as TargetSpec)).toMatchObject({ status: 'unreachable', error: 'no address: give the API as https://host:8006' });
    expect(await collect(target(server, { ca: '/nonexistent/ca.pem' }))).toMatchObject({ status: 'unreachable', error: 'cannot read CA file /nonexistent/ca.pem: ENOENT' });
    expect(await collect(target(undefined, { ca: server.pki.ca }))).toMatchObject({ status: 'unreachable', error: expect.stringMatching(/connection refused$/) });
  });
});
