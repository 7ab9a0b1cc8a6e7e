// The Kubernetes collector: offline manifests when given, else the live cluster of the kubeconfig.
// Both paths end in factsFromObjects, so a manifest dump and the cluster it came from agree.
import type { Collector, CollectContext, Collected, TargetSpec } from '../../kinds/types.js';
import { UsageError } from '../../engine/errors.js';
import { factsFromObjects } from './facts.js';

export { factsFromObjects } from './facts.js';
export { loadLiveObjects } from './live.js';

async function collectManifests(target: TargetSpec, paths: string[], ctx: CollectContext): Promise<Collected> {
  const { loadManifests } = await import('./manifests.js');
  const { objects, diagnostics } = await loadManifests(paths);
  // Every diagnostic message already names its file (and line).
  for (const d of diagnostics) ctx.log(`${d.severity}: ${d.message}`);
  // A path that cannot be read at all is the user's to fix (exit 2), not a partial audit.
  const fatal = diagnostics.find((d) => d.severity === 'fatal');
  if (fatal) throw new UsageError(fatal.message);
  const facts = factsFromObjects(objects, { name: target.name, source: 'manifests' }, { baseDir: process.cwd() });
  const partial = diagnostics.some((d) => d.severity !== 'warning');
  return partial ? { facts, status: 'partial', error: `${diagnostics.filter((d) => d.severity !== 'warning').length} manifest file(s) could not be read fully` } : { facts, status: 'ok' };
}

export const kubernetesCollector: Collector = {
  kind: 'kubernetes',
  async collect(target: TargetSpec, ctx: CollectContext): Promise<Collected> {
    const manifests = target.options.manifests;
    if (Array.isArray(manifests) && manifests.length > 0) return collectManifests(target, manifests, ctx);
    const { collectLive } = await import('./live.js');
    return collectLive(target, ctx);
  },
};
