// Extra analyses beyond pass/fail checks (e.g. the NetworkPolicy blast radius). Like checks they
// are pure functions of one target's facts; the pipeline runs them and puts what they return
// under `analyses.<name>` in the JSON report, keyed by target id.
import type { Analysis } from './analysis.js';
import type { TargetFacts } from './facts.js';

/** Registered lazily by name so `--help` does not load the analysers. */
export const ANALYSES: Record<string, () => Promise<Analysis>> = {
  blastRadius: () => import('../netpol/blast-analysis.js').then((m) => m.default),
};

export async function runAnalyses(targets: readonly TargetFacts[]): Promise<Record<string, Record<string, unknown>>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [name, load] of Object.entries(ANALYSES).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const analysis = await load();
    for (const t of targets) {
      if (!analysis.targetKinds.includes(t.target.kind)) continue;
      const value = analysis.run(t);
      if (value !== undefined) (out[name] ??= {})[t.target.id] = value;
    }
  }
  return out;
}
