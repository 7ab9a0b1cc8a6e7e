// Providers are planned from what the selected checks read, and composed into one script.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadBuiltinChecks } from '../../../src/engine/registry.js';
import { selectChecks } from '../../../src/engine/select.js';
import { planProviders, wantedFacts } from '../../../src/providers/registry.js';
import { composeScript, sectionOrder } from '../../../src/providers/shell/compose.js';
import { parseShellOutput } from '../../../src/providers/shell/parse.js';
import { splitSections } from '../../../src/providers/shell/sections.js';
import type { ShellProvider } from '../../../src/providers/types.js';
import { LINUX_PROVIDERS } from '../../../src/providers/linux/providers.js';
import { STORAGE_PROVIDERS } from '../../../src/providers/storage/provider.js';

const shellPlan = async (only: string[]): Promise<ShellProvider[]> => {
  const selected = selectChecks(await loadBuiltinChecks(), { only });
  return planProviders('linux', wantedFacts(selected).get('linux')) as ShellProvider[];
};

describe('provider planning', () => {
  it("--only 'linux.ssh.*' plans the host identity and sshd, nothing that walks the file system", async () => {
    const plan = await shellPlan(['linux.ssh.*']);
    expect(plan.map((p) => p.id)).toEqual(['linux.os', 'linux.sshd']);
    expect(sectionOrder(plan)).toEqual(['meta', 'sshd']);
    const script = composeScript(plan);
    expect(script).not.toContain('s_files');
    expect(script).not.toContain('s_k8snode');
  });

  it('a provider that needs another gets it, parsed first', async () => {
    const plan = await shellPlan(['linux.coredump.*']);
    const ids = plan.map((p) => p.id);
    expect(ids[0]).toBe('linux.os');
    expect(ids.indexOf('linux.services')).toBeLessThan(ids.indexOf('linux.coredump'));
    expect(ids.indexOf('linux.sysctl')).toBeLessThan(ids.indexOf('linux.coredump'));
  });

  it('Kubernetes node-file checks bring in their own provider, and no other selection does', async () => {
    expect((await shellPlan(['k8s.node.*'])).map((p) => p.id)).toEqual(['linux.os', 'k8s-node.files']);
    expect((await shellPlan(['linux.*'])).map((p) => p.id)).not.toContain('k8s-node.files');
  });

  it('storage checks bring in only the storage providers whose facts they read', async () => {
    expect((await shellPlan(['storage.smb.*'])).map((p) => p.id)).toEqual(['linux.os', 'storage.smb']);
    expect((await shellPlan(['storage.*'])).map((p) => p.id)).toEqual(['linux.os', 'storage.nfs', 'storage.mounts', 'storage.smb', 'storage.iscsi', 'storage.luks', 'storage.ceph']);
    expect((await shellPlan(['linux.*'])).map((p) => p.id).filter((id) => id.startsWith('storage.'))).toEqual([]);
  });

  it('hypervisor checks bring in the libvirt facet of a Linux host, and no other selection does', async () => {
    expect((await shellPlan(['hypervisor.*'])).map((p) => p.id)).toEqual(['linux.os', 'libvirt.host-facet']);
    expect((await shellPlan(['linux.*'])).map((p) => p.id)).not.toContain('libvirt.host-facet');
    expect(composeScript(await shellPlan(['linux.*']))).not.toContain('virsh');
  });

  it('no selection plans every provider of the kind', () => {
    // the host providers, the Kubernetes node files, the six storage providers, the GPU section, the libvirt facet and the GPU advisory table
    expect(planProviders('linux').length).toBe(LINUX_PROVIDERS.length + 1 + STORAGE_PROVIDERS.length + 3);
    expect(planProviders('kubernetes').map((p) => p.id)).toEqual(['kubernetes.api', 'gpu.advisories']);
    expect(planProviders('libvirt').map((p) => p.id)).toEqual(['libvirt.virsh']);
    expect(planProviders('vsphere').map((p) => p.id)).toEqual(['vsphere.api']);
  });

  it('the composed script run through `sh -s` prints exactly the planned sections', async () => {
    const plan = await shellPlan(['linux.ssh.*']);
    const out = execFileSync('sh', ['-s', '--', '/'], { input: composeScript(plan), encoding: 'utf8' });
    expect([...splitSections(out).keys()]).toEqual(['meta', 'sshd']);
    const facts = parseShellOutput(out, plan, '/');
    expect(Object.keys(facts).sort()).toEqual(['linux.os', 'linux.sshd']);
    expect(facts['linux.os']!.ok).toBe(true);
  });

  it('a new facet plugs in as a provider: its section runs in the same script, its parse sees only its section', () => {
    const gpuLike: ShellProvider = {
      type: 'shell',
      id: 'test.facet',
      kinds: ['linux'],
      facet: 'test',
      facts: ['linux.secureboot'],
      sections: { testfacet: "s_testfacet() { printf 'answer=%s\\n' 42; zt_cmd echo echo hello; }" },
      parse: (get) => {
        const s = get('testfacet');
        return { 'linux.secureboot': s ? { ok: true, value: { attrs: s.attrs, echo: s.commands.get('echo')?.output } } : { ok: false, reason: 'missing' } };
      },
    };
    const plan = [LINUX_PROVIDERS[0]!, gpuLike];
    const out = execFileSync('sh', ['-s', '--', '/'], { input: composeScript(plan), encoding: 'utf8' });
    const facts = parseShellOutput(out, plan, '/');
    expect(facts['linux.secureboot']).toEqual({ ok: true, value: { attrs: [['answer', '42']], echo: 'hello' } });
  });

  it('a script read from stdin cannot be eaten by a command that reads stdin', () => {
    const reader: ShellProvider = {
      type: 'shell', id: 't.cat', kinds: ['linux'], facet: 'test', facts: ['linux.secureboot'],
      sections: { eat: 's_eat() { printf "read=%s\\n" "$(cat | wc -c | tr -d " ")"; }', after: "s_after() { echo 'still=here'; }" },
      parse: () => ({ 'linux.secureboot': { ok: false, reason: 'unused' } }),
    };
    const out = execFileSync('sh', ['-s', '--', '/'], { input: composeScript([reader]), encoding: 'utf8' });
    const sections = splitSections(out);
    expect(sections.get('eat')!.attrs).toEqual([['read', '0']]);
    expect(sections.get('after')!.attrs).toEqual([['still', 'here']]);
  });

  it('a provider whose parse throws gives error facts naming it, and the others still parse', () => {
    const broken: ShellProvider = {
      type: 'shell', id: 't.broken', kinds: ['linux'], facet: 'test', facts: ['linux.secureboot'], sections: {},
      parse: () => { throw new Error('boom'); },
    };
    const facts = parseShellOutput('', [LINUX_PROVIDERS[0]!, broken], '/');
    expect(facts['linux.secureboot']).toEqual({ ok: false, reason: 'provider t.broken failed: boom' });
    expect(facts['linux.os']!.ok).toBe(false);
  });
});
