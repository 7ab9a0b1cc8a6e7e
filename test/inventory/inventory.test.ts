import { mkdtempSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/engine/errors.js';
import { resolveCredential } from '../../src/inventory/credentials.js';
import { INVENTORY_EXAMPLE } from '../../src/inventory/example.js';
import { loadInventory, parseInventory } from '../../src/inventory/load.js';
import { buildTargets, parseShard, parseSshDestination } from '../../src/inventory/targets.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const inv = (name: string): string => join(repoRoot, 'fixtures', 'inventory', name);

describe('inventory file', () => {
  it('loads targets with ids, defaults, anchored paths and credential references', () => {
    const { targets, warnings } = loadInventory(inv('fleet.yaml'));
    expect(warnings).toEqual([]);
    expect(targets.map((t) => t.id)).toEqual(['linux:web-1', 'linux:local', 'windows:dc-1', 'kubernetes:staging', 's3:backups']);
    const web = targets[0]!;
    expect(web).toMatchObject({ kind: 'linux', name: 'web-1', address: 'web-1.example.internal', labels: { owner: 'platform', role: 'web' } });
    expect(web.options).toEqual({ transport: 'ssh', user: 'audit', credentials: { privateKey: { file: inv('keys/id_ed25519') } } });
    expect(targets[1]!.options.transport).toBe('local');
    expect(targets[2]!.options).toMatchObject({ transport: 'winrm', credentials: { password: { env: 'DC1_PASSWORD' } } });
    expect(targets[3]!.options.manifests).toEqual([join(repoRoot, 'fixtures', 'facts')]);
  });

  it('accepts an inline secret with a warning that does not repeat it', () => {
    const { warnings } = loadInventory(inv('inline-secret.yaml'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/target vc: inline secret in credentials.password/);
    expect(warnings[0]).not.toContain('plain-text-Pa55word');
  });

  it('the printed example validates', () => {
    const { targets } = parseInventory(INVENTORY_EXAMPLE, 'example.yaml');
    expect(targets.map((t) => t.kind)).toEqual(['linux', 'linux', 'linux', 'linux', 'windows', 'kubernetes', 'kubernetes', 'vsphere', 'proxmox', 'libvirt', 's3']);
  });

  it.each([
    ['bad kind', 'targets:\n  - {name: x, kind: mainframe}\n', 'targets/0/kind: must be one of linux, windows, kubernetes, vsphere, proxmox, libvirt, s3'],
    ['missing name', 'targets:\n  - {kind: linux}\n', 'targets/0: missing field "name"'],
    ['unknown field', 'targets:\n  - {name: x, kind: linux, adress: y}\n', 'targets/0: unknown field "adress"'],
    ['bad credential', 'targets:\n  - {name: x, kind: linux, credentials: {password: {vault: a}}}\n', 'targets/0/credentials/password: must be {env: NAME}, {file: PATH} or a string'],
    ['bad port', 'targets:\n  - {name: x, kind: linux, port: 70000}\n', 'targets/0/port: must be <= 65535'],
    ['duplicate', 'targets:\n  - {name: x, kind: linux}\n  - {name: x, kind: linux}\n', 'duplicate target linux:x'],
    ['no targets', 'version: 1\n', '(top level): missing field "targets"'],
    ['empty', '', 'empty file'],
    ['duplicate key', 'targets: []\ntargets: []\n', 'invalid YAML'],
  ])('refuses %s', (_n, text, msg) => {
    expect(() => parseInventory(text, 'inv.yaml')).toThrow(`inventory inv.yaml: ${msg}`);
  });

  it('arbitrary text ends in targets or one UsageError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.jsonValue().map((v) => stringify(v))), (text) => {
        try {
          parseInventory(text, 'i.yaml');
        } catch (err) {
          if (!(err instanceof UsageError)) throw err;
          expect(err.message).not.toContain('\n');
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary target records end in targets or one UsageError', () => {
    const target = fc.record(
      {
        name: fc.oneof(fc.constantFrom('a', 'b', 'web-1'), fc.string()),
        kind: fc.oneof(fc.constantFrom('linux', 'windows', 'kubernetes', 's3'), fc.jsonValue()),
        address: fc.jsonValue(),
        port: fc.oneof(fc.integer(), fc.jsonValue()),
        credentials: fc.oneof(fc.record({ password: fc.oneof(fc.record({ env: fc.string() }), fc.record({ file: fc.string() }), fc.jsonValue()) }), fc.jsonValue()),
        labels: fc.oneof(fc.dictionary(fc.string(), fc.string()), fc.jsonValue()),
        manifests: fc.oneof(fc.array(fc.string()), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(target, { maxLength: 4 }), (targets) => {
        try {
          const { targets: specs } = parseInventory(stringify({ targets }), 'i.yaml');
          expect(new Set(specs.map((s) => s.id)).size).toBe(specs.length);
        } catch (err) {
          if (!(err instanceof UsageError)) throw err;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

describe('targets from flags', () => {
  it('no flag is this machine', () => {
    expect(buildTargets({}).targets).toEqual([{ id: `linux:local:${hostname()}`, kind: 'linux', name: hostname(), options: { transport: 'local' } }]);
  });

  it('--root, --manifests, --kube, --ssh, --winrm, -i combine, sorted by id', () => {
    const root = mkdtempSync(join(tmpdir(), 'ztaudit-root-'));
    const { targets } = buildTargets({
      root,
      manifests: [join(repoRoot, 'fixtures', 'facts')],
      kube: true,
      context: 'prod',
      ssh: ['audit@10.0.0.5:2222', '[::1]'],
      winrm: ['https://dc-1:5986'],
      inventory: inv('fleet.yaml'),
    });
    expect(targets.map((t) => t.id)).toEqual([
      'kubernetes:manifests',
      'kubernetes:prod',
      'kubernetes:staging',
      'linux:local',
      `linux:root:${root}`,
      'linux:ssh:[::1]',
      'linux:ssh:audit@10.0.0.5:2222',
      'linux:web-1',
      's3:backups',
      'windows:dc-1',
      'windows:dc-1:5986',
    ]);
    expect(targets.find((t) => t.id === 'linux:ssh:audit@10.0.0.5:2222')!.options).toEqual({ transport: 'ssh', user: 'audit', port: 2222 });
    expect(targets.find((t) => t.id === 'kubernetes:prod')!.options).toEqual({ context: 'prod' });
  });

  it('--gpu-advisories reaches every Linux and Kubernetes target, inventory ones too, as an absolute path', () => {
    const table = join(repoRoot, 'data', 'nvidia', 'advisories.csv');
    const { targets } = buildTargets({ local: true, ssh: ['audit@10.0.0.5'], inventory: inv('fleet.yaml'), gpuAdvisories: table });
    for (const t of targets) {
      if (t.kind === 'linux' || t.kind === 'kubernetes') expect(t.options.gpuAdvisories, t.id).toBe(table);
      else expect(t.options.gpuAdvisories, t.id).toBeUndefined();
    }
    expect(() => buildTargets({ gpuAdvisories: '/nonexistent/nvidia.csv' })).toThrow('cannot read --gpu-advisories table /nonexistent/nvidia.csv: ENOENT');
  });

  it.each([
    [{ root: '/nonexistent/root' }, 'cannot read --root folder /nonexistent/root: ENOENT'],
    [{ root: join(repoRoot, 'package.json') }, 'is not a folder'],
    [{ manifests: ['/nonexistent/k8s'] }, 'cannot read manifests path /nonexistent/k8s: ENOENT'],
    [{ kubeconfig: '/nonexistent/kubeconfig' }, 'cannot read kubeconfig'],
    [{ inventory: '/nonexistent/inv.yaml' }, 'cannot read inventory'],
    [{ ssh: ['a b'] }, 'bad --ssh destination'],
    [{ winrm: ['not a url'] }, 'bad --winrm URL'],
    [{ local: true, ssh: ['h', 'h'] }, 'target linux:ssh:h is named twice'],
  ])('%j is a usage error', (flags, msg) => {
    expect(() => buildTargets(flags)).toThrow(msg);
  });

  it('parses ssh destinations and shards', () => {
    expect(parseSshDestination('root@host.example:22')).toEqual({ user: 'root', host: 'host.example', port: 22 });
    expect(parseSshDestination('host')).toEqual({ host: 'host' });
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    for (const bad of ['0/3', '4/3', '1/0', 'a/b', '1', '1/2/3', '-1/2']) expect(() => parseShard(bad)).toThrow('bad --shard');
  });

  it('resolves credential references', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ztaudit-cred-'));
    writeFileSync(join(dir, 'pw'), 's3cret\n');
    expect(resolveCredential({ file: join(dir, 'pw') }, 't')).toBe('s3cret');
    expect(resolveCredential({ env: 'ZT_PW' }, 't', { ZT_PW: 'x' })).toBe('x');
    expect(() => resolveCredential({ env: 'ZT_NOPE' }, 'target a', {})).toThrow('target a: environment variable ZT_NOPE is not set');
  });
});

describe('ssh destinations are names, never syntax', () => {
  it.each(['a;b', 'host$(id)', '-oProxyCommand=sh', 'user;x@host', 'ho st', "h'x", 'h`id`', 'user@-host'])('%s is refused', (dest) => {
    expect(() => parseSshDestination(dest)).toThrow('bad --ssh destination');
  });
  it.each([
    ['audit@web-1.example:2222', { user: 'audit', host: 'web-1.example', port: 2222 }],
    ['[fe80::1]', { host: 'fe80::1' }],
    ['svc_audit@10.0.0.5', { user: 'svc_audit', host: '10.0.0.5' }],
  ])('%s is accepted', (dest, want) => {
    expect(parseSshDestination(dest)).toEqual(want);
  });
});

describe('ca: an HTTPS target names the CA that verifies it', () => {
  it('is anchored to the inventory folder like every path, and --ca fills it where absent', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zt-inv-ca-'));
    writeFileSync(join(dir, 'ca.pem'), 'x');
    writeFileSync(join(dir, 'other.pem'), 'x');
    writeFileSync(join(dir, 'inv.yaml'), 'targets:\n  - {name: pve, kind: proxmox, address: "https://pve:8006", ca: ./ca.pem}\n  - {name: vc, kind: vsphere, address: "https://vc"}\n  - {name: web, kind: linux, address: web}\n');
    const { targets } = buildTargets({ inventory: join(dir, 'inv.yaml'), ca: join(dir, 'other.pem') });
    const byId = Object.fromEntries(targets.map((t) => [t.id, t.options.ca]));
    expect(byId).toEqual({ 'proxmox:pve': join(dir, 'ca.pem'), 'vsphere:vc': join(dir, 'other.pem'), 'linux:web': undefined });
  });
});
