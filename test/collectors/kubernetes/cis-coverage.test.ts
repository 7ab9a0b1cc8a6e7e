import { describe, expect, it, vi } from 'vitest';
import { cisCoverage } from '../../../src/collectors/kubernetes/cis-coverage.js';
import { CIS_ITEMS } from '../../../src/collectors/kubernetes/cis-items.js';
import { listChecks } from '../../../src/cli/checks-impl.js';
import { loadCisChecks } from './cis-checks.js';

describe('CIS v1.12 coverage', () => {
  it('ships the 131 kube-bench items, 65 of them automated', () => {
    expect(CIS_ITEMS).toHaveLength(131);
    expect(CIS_ITEMS.filter((i) => i.automated)).toHaveLength(65);
  });

  it('every CIS id our checks claim exists in the benchmark', async () => {
    const ids = new Set(CIS_ITEMS.map((i) => i.id));
    for (const c of await loadCisChecks()) for (const id of c.meta.cis ?? []) expect(ids.has(id), `${c.meta.id}: ${id}`).toBe(true);
  });

  it('counts the automated items the control-plane, etcd and kubelet checks cover', async () => {
    const cov = cisCoverage(await loadCisChecks());
    expect(cov.automated).toBe(65);
    expect(cov.covered).toHaveLength(42);
    // left: file permissions/ownership on the nodes (1.1.x, 4.1.x), not observable through the API
    expect(cov.uncovered).toHaveLength(23);
    expect(cov.uncovered.every((id) => /^(1\.1|4\.1)\./.test(id))).toBe(true);
    expect(cov.manualCovered).toEqual(expect.arrayContaining(['1.2.1', '1.2.27', '1.2.29', '2.7', '3.2.1', '4.2.4']));
  });

  it('checks list --kind kubernetes prints the coverage after the table, and --json stays an array', async () => {
    let out = '';
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    try {
      await listChecks({ kind: ['kubernetes'] });
      expect(out).toMatch(/^CIS Kubernetes v1\.12: covered \d+ of 65 automated items$/m);
      expect(out).toMatch(/^uncovered automated items: .*1\.1\.1, /m);
      out = '';
      await listChecks({ kind: ['kubernetes'], json: true });
      expect(Array.isArray(JSON.parse(out))).toBe(true);
    } finally {
      spy.mockRestore();
    }
  });
});
