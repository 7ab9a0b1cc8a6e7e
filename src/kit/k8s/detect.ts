// "Is component X installed?" by workload name or container image, for presence checks.
import type { K8sObject } from './facts.js';
import type { ResourceRef, SourceLocation } from '../../engine/types.js';
import { podTemplates } from './pod-specs.js';

export interface Detected {
  ref: ResourceRef;
  location?: SourceLocation;
  /** "DaemonSet falco/falco (falcosecurity/falco:0.39.2)" */
  describe: string;
}

/** The first pod template of one of `kinds` whose name or an image matches `pattern`. */
export function findWorkload(workloads: readonly K8sObject[], pods: readonly K8sObject[], pattern: RegExp, kinds: readonly string[]): Detected | undefined {
  for (const t of podTemplates(pods, workloads)) {
    if (!kinds.includes(t.ref.kind)) continue;
    const images = t.containers.map((c) => (typeof c.container.image === 'string' ? c.container.image : ''));
    const match = pattern.test(t.ref.name) ? t.ref.name : images.find((i) => pattern.test(i));
    if (match === undefined) continue;
    const out: Detected = { ref: t.ref, describe: `${t.ref.kind} ${t.ref.namespace ? `${t.ref.namespace}/` : ''}${t.ref.name}${images[0] ? ` (${images[0]})` : ''}` };
    if (t.location) out.location = t.location;
    return out;
  }
  return undefined;
}
