// The blast radius as an engine Analysis: the scan pipeline puts its value under
// `analyses.blastRadius.<targetId>` in the JSON report. Targets per workload are capped so a
// large cluster does not blow up the report; the counts stay exact.
import type { Analysis } from '../engine/analyses.js';
import type { TargetFacts } from '../engine/facts.js';
import type { K8sObject } from '../collectors/kubernetes/types.js';
import { blastRadius, type BlastEntry } from './blast-radius.js';

export const MAX_TARGETS_IN_REPORT = 25;

export interface BlastRadiusSummary {
  workloads: (Omit<BlastEntry, 'targets'> & { rank: number; targets: BlastEntry['targets']; targetsOmitted: number })[];
  diagnostics: string[];
}

const factValue = (t: TargetFacts, key: string): K8sObject[] | undefined => {
  const f = t.facts[key];
  return f && f.ok && Array.isArray(f.value) ? (f.value as K8sObject[]) : undefined;
};

const analysis: Analysis<BlastRadiusSummary> = {
  name: 'blastRadius',
  targetKinds: ['kubernetes'],
  run(target) {
    const pods = factValue(target, 'k8s.pods');
    const policies = factValue(target, 'k8s.networkpolicies');
    if (!pods || !policies) return undefined;
    const { workloads, diagnostics } = blastRadius({
      namespaces: factValue(target, 'k8s.namespaces') ?? [],
      pods,
      workloads: factValue(target, 'k8s.workloads') ?? [],
      policies,
    });
    return {
      workloads: workloads.map((w, i) => {
        // cross-namespace and datastore targets first, so the capped list keeps what matters
        const ranked = [...w.targets].sort((x, y) => Number(!!y.datastorePorts) - Number(!!x.datastorePorts) || Number(y.crossNamespace) - Number(x.crossNamespace));
        return { ...w, rank: i + 1, targets: ranked.slice(0, MAX_TARGETS_IN_REPORT), targetsOmitted: Math.max(0, ranked.length - MAX_TARGETS_IN_REPORT) };
      }),
      diagnostics: diagnostics.map((d) => d.message),
    };
  },
};

export default analysis;
