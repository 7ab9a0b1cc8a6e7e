// The kinds are defined once (src/kinds/registry.ts); everything else that names them must agree.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS, TARGET_KINDS, TRANSPORT_NAMES } from '../../src/kinds/registry.js';
import { loadBuiltinChecks } from '../../src/engine/registry.js';
import { PROVIDERS, providersFor } from '../../src/providers/registry.js';
import { collectors } from '../../src/collect/collectors.js';

const repo = join(import.meta.dirname, '../..');
const schema = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(repo, 'schema', name), 'utf8')) as Record<string, unknown>;
type Defs = { definitions: Record<string, { properties: Record<string, { enum?: string[]; properties?: Record<string, { enum?: string[] }> }> } & { enum?: string[] }> };

describe('target kinds registry', () => {
  it('the three JSON Schemas enumerate exactly the registry kinds', () => {
    const inv = schema('inventory.schema.json') as unknown as Defs;
    const facts = schema('facts.schema.json') as unknown as Defs;
    const report = schema('report.schema.json') as unknown as { $defs: { targetKind: { enum: string[] } } };
    expect(inv.definitions.target!.properties.kind!.enum).toEqual([...TARGET_KINDS]);
    expect(facts.definitions.targetFacts!.properties.target!.properties!.kind!.enum).toEqual([...TARGET_KINDS]);
    expect(report.$defs.targetKind.enum).toEqual([...TARGET_KINDS]);
  });

  it('inventory transports are registry transports, each one some kind uses', () => {
    const inv = schema('inventory.schema.json') as unknown as Defs;
    const used = new Set(Object.values(KINDS).flatMap((k) => k.transports));
    for (const t of inv.definitions.target!.properties.transport!.enum!) {
      expect(TRANSPORT_NAMES).toContain(t);
      expect(used.has(t as never)).toBe(true);
    }
  });

  it('every kind entry is keyed by its own name and names known transports', () => {
    for (const k of TARGET_KINDS) {
      expect(KINDS[k].kind).toBe(k);
      expect(KINDS[k].transports.length).toBeGreaterThan(0);
      for (const t of KINDS[k].transports) expect(TRANSPORT_NAMES).toContain(t);
    }
  });

  it('a kind has a collector exactly when some provider serves it', () => {
    for (const k of TARGET_KINDS) expect(k in collectors, k).toBe(providersFor(k).length > 0);
    expect(Object.keys(collectors).sort()).toEqual(['kubernetes', 'libvirt', 'linux', 'proxmox', 'vsphere', 'windows']);
  });

  it('provider ids are unique and every provider serves registry kinds', () => {
    const ids = PROVIDERS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of PROVIDERS) for (const k of p.kinds) expect(TARGET_KINDS).toContain(k);
  });

  it('every fact a built-in check reads is provided for one of the kinds the check targets', async () => {
    const missing: string[] = [];
    for (const c of await loadBuiltinChecks()) {
      for (const f of c.meta.facts) {
        const served = c.meta.targetKinds.some((k) => providersFor(k).some((p) => (p.facts as readonly string[]).includes(f)));
        if (!served) missing.push(`${c.meta.id}: ${f}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('target options come from the kinds registry', () => {
  it('scan and collect offer exactly each kind’s flags, plus the inventory', async () => {
    const { execFileSync } = await import('node:child_process');
    for (const cmd of ['scan', 'collect']) {
      const help = execFileSync(process.execPath, [join(repo, 'bin/ztaudit.js'), cmd, '--help'], { encoding: 'utf8' });
      for (const k of TARGET_KINDS) for (const f of KINDS[k].flags) expect(help, `${cmd} ${f.flags}`).toContain(f.flags);
    }
  });

  it('each kind’s flags name only targets of that kind', () => {
    expect(KINDS.kubernetes.fromFlags({ kube: true, context: 'prod' }).map((t) => [t.id, t.kind])).toEqual([['kubernetes:prod', 'kubernetes']]);
    expect(KINDS.windows.fromFlags({ winrm: ['https://dc-1:5986'] }).map((t) => [t.id, t.options.transport])).toEqual([['windows:dc-1:5986', 'winrm']]);
    expect(KINDS.linux.fromFlags({ ssh: ['audit@web-1:2222'] }).map((t) => [t.id, t.kind, t.options.transport])).toEqual([['linux:ssh:audit@web-1:2222', 'linux', 'ssh']]);
    expect(KINDS.libvirt.fromFlags({ libvirt: ['qemu:///system', 'qemu+ssh://audit@kvm-1:2222/system'] }).map((t) => [t.id, t.kind, t.options.transport, t.options.uri])).toEqual([
      ['libvirt:qemu:///system', 'libvirt', 'local', 'qemu:///system'],
      ['libvirt:qemu+ssh://audit@kvm-1:2222/system', 'libvirt', 'ssh', 'qemu:///system'],
    ]);
    for (const k of TARGET_KINDS) expect(KINDS[k].fromFlags({})).toEqual([]);
  });
});
