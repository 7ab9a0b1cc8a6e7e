import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifests } from '../../src/providers/kubernetes/manifests.js';
import { ANALYSES } from '../../src/engine/analyses.js';
import { blastRadius } from '../../src/netpol/blast-radius.js';
import { splitObjects } from '../../src/netpol/model.js';
import { targetWith } from '../helpers/check-tester.js';

const FIX = path.resolve(import.meta.dirname, '../../fixtures/netpol/blast');

describe('blastRadius', () => {
  it('what a compromised pod of each workload reaches, worst first', async () => {
    const { objects } = await loadManifests([FIX]);
    const { workloads, diagnostics } = blastRadius(splitObjects(objects));
    expect(diagnostics).toEqual([]);
    expect(workloads.map((w) => [w.workload, w.reachableWorkloads, w.crossNamespaceWorkloads, w.externalRanges, w.crossNamespaceDatastores.length])).toEqual([
      ['shop/frontend[Deployment]', 2, 1, 1, 1],
      ['data/postgres[StatefulSet]', 0, 0, 0, 0],
      ['shop/batch[Deployment]', 0, 0, 0, 0],
    ]);
    const fe = workloads[0]!;
    expect(fe.targets).toContainEqual({ dst: 'data/postgres[StatefulSet]', conn: 'TCP 5432', crossNamespace: true, datastorePorts: [5432] });
    expect(fe.targets).toContainEqual({ dst: 'shop/batch[Deployment]', conn: 'All Connections', crossNamespace: false });
    expect(fe.source).toEqual({ file: path.join(FIX, 'cluster.yaml'), line: 18 });
  });

  it('is registered as the blastRadius analysis and reads the k8s.* facts', async () => {
    const { objects } = await loadManifests([FIX]);
    const s = splitObjects(objects);
    const analysis = await ANALYSES.blastRadius!();
    const target = targetWith({ 'k8s.namespaces': s.namespaces, 'k8s.pods': s.pods, 'k8s.workloads': s.workloads, 'k8s.networkpolicies': s.policies }, 'kubernetes');
    const value = analysis.run(target) as { workloads: { rank: number; workload: string }[] };
    expect(value.workloads.map((w) => [w.rank, w.workload])).toEqual([
      [1, 'shop/frontend[Deployment]'],
      [2, 'data/postgres[StatefulSet]'],
      [3, 'shop/batch[Deployment]'],
    ]);
    expect(analysis.run(targetWith({}, 'kubernetes'))).toBeUndefined();
  });
});
