// Kubernetes pods that get NVIDIA GPUs: a container that requests or limits an nvidia.com/*
// extended resource (nvidia.com/gpu, nvidia.com/mig-1g.10gb...). Pure.
import type { CheckContext, CheckOutcome } from '../../engine/check.js';
import type { ResourceRef, SourceLocation } from '../../engine/types.js';
import type { AdvisoryComponent } from './facts.js';
import type { K8sObject } from '../k8s/facts.js';
import type { Finding } from '../k8s/judge.js';
import { asRecord } from '../k8s/objects.js';
import { podTemplates, type ContainerEntry, type PodTemplate } from '../k8s/pod-specs.js';

const GPU_RESOURCE = /^nvidia\.com\//;

const resourceKeys = (e: ContainerEntry): string[] => {
  const r = asRecord(e.container.resources);
  return [...Object.keys(asRecord(r.limits)), ...Object.keys(asRecord(r.requests))];
};

/** A container that asks for an NVIDIA GPU (or a MIG slice). */
export const wantsGpu = (e: ContainerEntry): boolean => resourceKeys(e).some((k) => GPU_RESOURCE.test(k));

export const gpuContainers = (t: PodTemplate): ContainerEntry[] => t.containers.filter(wantsGpu);

/** Pod templates with at least one GPU container. */
export const gpuTemplates = (pods: readonly K8sObject[], workloads: readonly K8sObject[]): PodTemplate[] =>
  podTemplates(pods, workloads).filter((t) => gpuContainers(t).length > 0);

/** One result per GPU pod template; not_applicable when no pod asks for an NVIDIA GPU. */
export function judgeGpuTemplates<M extends string>(
  pods: readonly K8sObject[],
  workloads: readonly K8sObject[],
  ctx: CheckContext<M>,
  judge: (t: PodTemplate) => Finding<M> | undefined,
): CheckOutcome[] {
  const templates = gpuTemplates(pods, workloads);
  if (templates.length === 0) return [ctx.notApplicable('no pod requests an NVIDIA GPU (nvidia.com/*)')];
  return templates.map((t) => {
    const opts = { resource: t.ref, ...(t.location ? { location: t.location } : {}) };
    const f = judge(t);
    if (!f) return ctx.pass(undefined, undefined, opts);
    return ctx.fail(f.messageId, f.data, f.evidence !== undefined ? { ...opts, evidence: f.evidence } : opts);
  });
}

// NVIDIA's cloud-native images by repository name -> the advisory component they are
const IMAGE_COMPONENTS: readonly [RegExp, AdvisoryComponent][] = [
  [/(^|\/)gpu-operator(-validator)?$/, 'gpu-operator'],
  [/(^|\/)k8s-device-plugin$/, 'k8s-device-plugin'],
  [/(^|\/)container-toolkit$/, 'container-toolkit'],
  [/(^|\/)k8s-mig-manager$/, 'mig-manager'],
];

export interface NvidiaComponent {
  ref: ResourceRef;
  location?: SourceLocation;
  component: AdvisoryComponent;
  version: string;
  image: string;
}

/** The NVIDIA operator / plugin / toolkit images of the cluster's pods and workloads, with their tag's version. */
export function nvidiaComponents(pods: readonly K8sObject[], workloads: readonly K8sObject[]): NvidiaComponent[] {
  const out: NvidiaComponent[] = [];
  for (const t of podTemplates(pods, workloads)) {
    for (const e of t.containers) {
      const image = typeof e.container.image === 'string' ? e.container.image : '';
      const m = /^(.*?)(?::([^:@/]+))?(?:@sha256:[0-9a-f]+)?$/.exec(image);
      if (!m) continue;
      const repo = m[1]!;
      const tag = m[2] ?? '';
      const comp = IMAGE_COMPONENTS.find(([re]) => re.test(repo))?.[1];
      const version = /^v?(\d+\.\d+(?:\.\d+)?)/.exec(tag)?.[1];
      if (!comp || !version) continue;
      if (out.some((o) => o.ref.name === t.ref.name && o.ref.namespace === t.ref.namespace && o.component === comp)) continue;
      out.push({ ref: t.ref, ...(t.location ? { location: t.location } : {}), component: comp, version, image });
    }
  }
  return out;
}
