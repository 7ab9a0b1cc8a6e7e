import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { Check } from '../../../src/engine/check.js';
import { cisCoverage } from '../../../src/providers/kubernetes/cis-coverage.js';
import { CIS_ITEMS } from '../../../src/providers/kubernetes/cis-items.js';
import { listChecks } from '../../../src/cli/checks-impl.js';
import { loadCisChecks, repoRoot } from './cis-checks.js';

/** The node-file checks (1.1.x, 4.1.x): they read the node's Linux host, so loadCisChecks leaves them out. */
async function loadNodeFileChecks(): Promise<Check[]> {
  const dir = join(repoRoot, 'checks/kubernetes');
  const files = readdirSync(dir).filter((f) => /^k8s\.node\..+\.ts$/.test(f)).sort();
  return Promise.all(files.map(async (f) => (await import(pathToFileURL(join(dir, f)).href)).default as Check));
}

describe('CIS v1.12 coverage', () => {
  it('ships the 131 kube-bench items, 65 of them automated', () => {
    expect(CIS_ITEMS).toHaveLength(131);
    expect(CIS_ITEMS.filter((i) => i.automated)).toHaveLength(65);
  });

  it('every control-plane, etcd and kubelet check explains why it matters (checks show prints the rationale)', async () => {
    const missing = (await loadCisChecks()).filter((c) => !c.meta.rationale || c.meta.rationale.trim().length < 20).map((c) => c.meta.id);
    expect(missing).toEqual([]);
  });

  it('every CIS id our checks claim exists in the benchmark', async () => {
    const ids = new Set(CIS_ITEMS.map((i) => i.id));
    for (const c of [...(await loadCisChecks()), ...(await loadNodeFileChecks())]) for (const id of c.meta.cis ?? []) expect(ids.has(id), `${c.meta.id}: ${id}`).toBe(true);
  });

  it('the API/manifest checks cover every automated item but the node files, which the host checks cover', async () => {
    const api = cisCoverage(await loadCisChecks());
    expect(api.automated).toBe(65);
    expect(api.covered).toHaveLength(42);
    // file permissions/ownership on the nodes (1.1.x, 4.1.x) are not observable through the API
    expect(api.uncovered).toHaveLength(23);
    expect(api.uncovered.every((id) => /^(1\.1|4\.1)\./.test(id))).toBe(true);
    expect(api.manualCovered).toEqual(expect.arrayContaining(['1.2.1', '1.2.27', '1.2.29', '2.7', '3.2.1', '4.2.4']));

    const node = await loadNodeFileChecks();
    expect(node).toHaveLength(23);
    for (const c of node) {
      expect(c.meta.targetKinds, c.meta.id).toEqual(['linux']);
      expect(c.meta.cis, c.meta.id).toHaveLength(1); // one check per CIS id: permissions and ownership are separate items
    }
    expect(node.flatMap((c) => c.meta.cis ?? []).sort()).toEqual([...api.uncovered].sort());

    const all = cisCoverage([...(await loadCisChecks()), ...node]);
    expect(all.covered).toHaveLength(65);
    expect(all.uncovered).toEqual([]);
  });

  it('checks list --kind kubernetes prints the coverage after the table, and --json stays an array', async () => {
    let out = '';
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    vi.stubEnv('COLUMNS', '200'); // the list fits the terminal; wide enough for every column
    try {
      await listChecks({ kind: ['kubernetes'] });
      expect(out).toMatch(/^CIS Kubernetes v1\.12: covered 65 of 65 automated items$/m);
      expect(out).toMatch(/^uncovered automated items: \(none\)$/m);
      // the node-file checks target linux hosts but are listed with the kubernetes checks
      expect(out).toMatch(/^│ k8s\.node\.apiserver-manifest-perms +│ medium +│ devices +│ initial +│ linux +│ /m);
      out = '';
      await listChecks({ kind: ['linux'] });
      expect(out).toMatch(/^│ k8s\.node\.kubelet-config-owner .*│ linux +│ /m);
      expect(out).not.toMatch(/^CIS Kubernetes/m);
      out = '';
      await listChecks({ kind: ['kubernetes'], json: true });
      expect(Array.isArray(JSON.parse(out))).toBe(true);
    } finally {
      spy.mockRestore();
      vi.unstubAllEnvs();
    }
  });
});
