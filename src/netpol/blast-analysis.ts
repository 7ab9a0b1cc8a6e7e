// The blast radius as an engine Analysis: the scan pipeline puts its value under
// `analyses.blastRadius.<targetId>` in the JSON report. Targets per workload are capped so a
// large cluster does not blow up the report; the counts stay exact. The connectivity analysis is
// the one the k8s.netpol.* checks share (check-support.ts), not a second one.
import type { Analysis } from '../engine/analysis.js';
import type { TargetFacts } from '../engine/facts.js';
import type { K8sObject } from '../kit/k8s/facts.js';
import { MAX_TARGETS_IN_REPORT, sharedBlastRadiusOf, type BlastEntry } from './blast-radius.js';
import { analysisOf } from './check-support.js';

export { MAX_TARGETS_IN_REPORT };
const NONE: readonly K8sObject[] = [];

export interface BlastRadiusSummary {
  workloads: (BlastEntry & { rank: number; targetsOmitted: number })[];
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
    // the same analysis the k8s.netpol.* checks used (memoised on these very fact values): one per scan
    const analysis = analysisOf({ 'k8s.namespaces': factValue(target, 'k8s.namespaces') ?? NONE, 'k8s.pods': pods, 'k8s.workloads': factValue(target, 'k8s.workloads') ?? NONE, 'k8s.networkpolicies': policies });
    // datastore and cross-namespace targets come first, so the capped list keeps what matters
    // computed once: the datastore check read the same entries (sharedBlastRadiusOf)
    const workloads = sharedBlastRadiusOf(analysis);
    const diagnostics = analysis.model.diagnostics;
    return {
      workloads: workloads.map((w, i) => ({ ...w, rank: i + 1, targetsOmitted: w.reachableWorkloads + w.externalRanges - w.targets.length })),
      diagnostics: diagnostics.map((d) => d.message),
    };
  },
};

export default analysis;
