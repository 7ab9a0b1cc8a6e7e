// Which automated CIS Kubernetes v1.12 items the check catalogue implements (meta.cis).
import type { Check } from '../../engine/check.js';
import { CIS_BENCHMARK, CIS_ITEMS } from './cis-items.js';

export interface CisCoverage {
  benchmark: string;
  automated: number;
  covered: string[];
  uncovered: string[];
  /** manual items that some check also implements */
  manualCovered: string[];
}

const byId = (a: string, b: string): number => {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d) return d;
  }
  return 0;
};

/**
 * Coverage over every check that carries meta.cis (CIS Kubernetes ids), whatever it targets: the
 * node-file items (1.1.x, 4.1.x) are checked on the node's Linux host (targetKinds ['linux'],
 * fact linux.kubernetes-node), the flag items through the API or the manifests.
 */
export function cisCoverage(checks: readonly Pick<Check, 'meta'>[]): CisCoverage {
  const claimed = new Set(checks.flatMap((c) => [...(c.meta.cis ?? [])]));
  const automated = CIS_ITEMS.filter((i) => i.automated);
  return {
    benchmark: CIS_BENCHMARK,
    automated: automated.length,
    covered: automated.filter((i) => claimed.has(i.id)).map((i) => i.id).sort(byId),
    uncovered: automated.filter((i) => !claimed.has(i.id)).map((i) => i.id).sort(byId),
    manualCovered: CIS_ITEMS.filter((i) => !i.automated && claimed.has(i.id)).map((i) => i.id).sort(byId),
  };
}
