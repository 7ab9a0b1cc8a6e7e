// Every pod template in a cluster, once: from Pods and from the workloads that own them.
// A pod whose controller is present in the facts is skipped (the controller reports it), so a
// Deployment with 30 replicas is one finding, not 31. A pod (or ReplicaSet) whose owner is not
// in the facts is named by that owner, with the ReplicaSet's pod-template-hash stripped, so
// the finding keeps its fingerprint across rollouts and replica restarts.
import type { K8sObject, ObjectMeta } from './facts.js';
import type { ResourceRef, SourceLocation } from '../../engine/types.js';
import { POD_BEARING_KINDS } from './allowlist.js';
import { asArray, asRecord, labelOf, locationOf, nameOf, namespaceOf } from './objects.js';
import type { Container, PodSpec } from './types.js';

export type ContainerRole = 'container' | 'initContainer' | 'ephemeralContainer';

export interface ContainerEntry {
  container: Container;
  /** container name, or `#N` when a manifest omits it */
  name: string;
  role: ContainerRole;
}

export interface PodTemplate {
  /** the stable identity results name */
  ref: ResourceRef;
  location?: SourceLocation;
  /** the object the template came from (a Pod or a workload) */
  object: K8sObject;
  /** pod template metadata (labels, annotations) */
  meta: ObjectMeta;
  spec: PodSpec;
  containers: ContainerEntry[];
}

const key = (kind: string, ns: string | undefined, name: string): string => `${kind}/${ns ?? ''}/${name}`;

/** The pod spec and template metadata of a Pod or workload object. */
export function podSpecOf(o: K8sObject): { spec: PodSpec; meta: ObjectMeta } | undefined {
  if (o.kind === 'Pod') return { spec: asRecord(o.spec) as PodSpec, meta: o.metadata ?? {} };
  if (!POD_BEARING_KINDS.has(o.kind)) return undefined;
  let holder = asRecord(o.spec);
  if (o.kind === 'CronJob') holder = asRecord(asRecord(holder.jobTemplate).spec);
  const template = asRecord(holder.template);
  return { spec: asRecord(template.spec) as PodSpec, meta: asRecord(template.metadata) as ObjectMeta };
}

function containersOf(spec: PodSpec): ContainerEntry[] {
  const out: ContainerEntry[] = [];
  const add = (list: unknown, role: ContainerRole): void => {
    asArray<Container>(list).forEach((c, i) => {
      const container = asRecord(c) as Container;
      out.push({ container, name: typeof container.name === 'string' ? container.name : `#${i}`, role });
    });
  };
  add(spec.initContainers, 'initContainer');
  add(spec.containers, 'container');
  add(spec.ephemeralContainers, 'ephemeralContainer');
  return out;
}

/** The controller owner of an object (the first owner if none is marked controller). */
function ownerOf(o: K8sObject): { kind: string; name: string } | undefined {
  const owners = asArray<{ kind?: unknown; name?: unknown; controller?: unknown }>(o.metadata?.ownerReferences);
  const owner = owners.find((r) => r.controller === true) ?? owners[0];
  return owner && typeof owner.kind === 'string' && typeof owner.name === 'string' ? { kind: owner.kind, name: owner.name } : undefined;
}

/**
 * The identity that names findings for this object. Objects owned by a pod-bearing controller
 * take the controller's identity; a ReplicaSet name loses its pod-template-hash suffix and
 * becomes the Deployment it belongs to.
 */
// Kubernetes before 1.11 labelled pods with the decimal template hash but named the ReplicaSet
// with rand.SafeEncodeString of it (each byte mapped into this consonant-and-digit alphabet).
const SAFE_ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';
const safeEncode = (s: string): string => Array.from(s, (ch) => SAFE_ALPHANUMS[ch.charCodeAt(0) % SAFE_ALPHANUMS.length]).join('');

/** The Deployment name of a ReplicaSet named `<deployment>-<hash>`, given its pod-template-hash label. */
export function deploymentOfReplicaSet(replicaSetName: string, hash: string | undefined): string | undefined {
  if (!hash) return undefined;
  for (const suffix of [hash, safeEncode(hash)]) {
    if (replicaSetName.length > suffix.length + 1 && replicaSetName.endsWith(`-${suffix}`)) return replicaSetName.slice(0, -(suffix.length + 1));
  }
  return undefined;
}

export function stableIdentity(o: K8sObject): ResourceRef {
  const ns = namespaceOf(o);
  const withNs = (kind: string, name: string): ResourceRef => (ns === undefined ? { kind, name } : { kind, namespace: ns, name });
  const hash = labelOf(o, 'pod-template-hash');
  const owner = ownerOf(o);
  if (owner && POD_BEARING_KINDS.has(owner.kind)) {
    const deploymentName = owner.kind === 'ReplicaSet' ? deploymentOfReplicaSet(owner.name, hash) : undefined;
    if (deploymentName) return withNs('Deployment', deploymentName);
    // A Job the CronJob controller created is named <cronjob>-<scheduled time in minutes>.
    const scheduled = owner.kind === 'Job' ? /^(.+)-\d{8,}$/.exec(owner.name) : null;
    if (scheduled) return withNs('CronJob', scheduled[1]!);
    return withNs(owner.kind, owner.name);
  }
  return withNs(o.kind, nameOf(o));
}

function collectTemplates(pods: readonly K8sObject[], workloads: readonly K8sObject[]): PodTemplate[] {
  const present = new Set<string>();
  for (const w of workloads) present.add(key(w.kind, namespaceOf(w), nameOf(w)));
  const seen = new Set<string>();
  const out: PodTemplate[] = [];
  for (const o of [...workloads, ...pods]) {
    const found = podSpecOf(o);
    if (!found) continue;
    const own = key(o.kind, namespaceOf(o), nameOf(o));
    const ref = stableIdentity(o);
    const refKey = key(ref.kind, ref.namespace, ref.name);
    // Reported by its owner, which is itself in the facts.
    if (refKey !== own && present.has(refKey)) continue;
    const owner = ownerOf(o);
    if (owner && POD_BEARING_KINDS.has(owner.kind) && present.has(key(owner.kind, namespaceOf(o), owner.name))) continue;
    if (seen.has(refKey)) continue;
    seen.add(refKey);
    const t: PodTemplate = { ref, object: o, meta: found.meta, spec: found.spec, containers: containersOf(found.spec) };
    const loc = locationOf(o);
    if (loc) t.location = loc;
    out.push(t);
  }
  return out;
}

// Many checks read the same two fact arrays during one evaluation; compute the templates once.
const cache = new WeakMap<readonly K8sObject[], WeakMap<readonly K8sObject[], PodTemplate[]>>();

export function podTemplates(pods: readonly K8sObject[], workloads: readonly K8sObject[]): PodTemplate[] {
  let inner = cache.get(pods);
  if (!inner) {
    inner = new WeakMap();
    cache.set(pods, inner);
  }
  let list = inner.get(workloads);
  if (!list) {
    list = collectTemplates(pods, workloads);
    inner.set(workloads, list);
  }
  return list;
}

/** The service account a pod runs as ("default" when unset). */
export function serviceAccountOf(spec: PodSpec): string {
  if (typeof spec.serviceAccountName === 'string' && spec.serviceAccountName !== '') return spec.serviceAccountName;
  if (typeof spec.serviceAccount === 'string' && spec.serviceAccount !== '') return spec.serviceAccount;
  return 'default';
}
