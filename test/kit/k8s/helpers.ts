// Facts from manifest folders through the real offline path (loadManifests + factsFromObjects),
// and the checks this family owns, loaded the way the registry loads them.
import { join } from 'node:path';
import { factsFromObjects } from '../../../src/providers/kubernetes/facts.js';
import { loadManifests } from '../../../src/providers/kubernetes/manifests.js';
import type { Check } from '../../../src/engine/check.js';
import type { TargetFacts } from '../../../src/engine/facts.js';
import { packageRoot } from '../../../src/engine/paths.js';
import { loadCheckDir } from '../../../src/engine/registry.js';

/** The posture families of issue 4 other than the CIS control-plane flags and NetworkPolicy. */
export const POSTURE_FAMILIES = /^k8s\.(rbac|identity|workload|secrets|psa|admission|mesh|visibility)\./;

export async function postureChecks(): Promise<Check[]> {
  const all = await loadCheckDir(join(packageRoot, 'checks', 'kubernetes'), true);
  return all.filter((c) => POSTURE_FAMILIES.test(c.meta.id)).sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
}

export async function clusterTarget(dir: string, name: string): Promise<TargetFacts> {
  const { objects, diagnostics } = await loadManifests([dir]);
  const problems = diagnostics.filter((d) => d.severity !== 'warning');
  if (problems.length > 0) throw new Error(`manifest problems: ${problems.map((d) => `${d.file}:${d.line ?? 0} ${d.message}`).join('; ')}`);
  const facts = factsFromObjects(objects, { name, source: 'manifests' });
  return { target: { id: `kubernetes:${name}`, kind: 'kubernetes', name }, status: 'ok', durationMs: 0, facts };
}

export const fixtureDir = (name: string): string => join(packageRoot, 'fixtures', 'manifests', name);
