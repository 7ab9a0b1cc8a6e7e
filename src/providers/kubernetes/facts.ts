// Pure: a flat list of objects (from the API or from manifests) -> the k8s.* facts.
import { notApplicableFact, ok, type Outcome } from '../../engine/types.js';
import { controlPlaneOutcomes } from './controlplane.js';
import '../../kit/k8s/controlplane-types.js';
import { kubeletFromObjects } from './kubelet-config.js';
import { kubeProxyFromObjects } from './kube-proxy.js';
import { maskLiteralCredentials, redactSecret, slimObject } from './redact.js';
import { OBJECT_FACT_KEYS, factKeyOf, type ObjectFactKey } from './resources.js';
import type { ClusterInfo, K8sObject } from '../../kit/k8s/facts.js';

export const MANAGED_CONTROL_PLANE = 'managed control plane: no static control-plane pods visible';
export const NOT_IN_MANIFESTS = 'control plane not observable from manifests: no kube-system static control-plane pods in the input';
export const KUBELET_NOT_IN_MANIFESTS = 'kubelet configuration not observable from manifests: no KubeletConfiguration document or kube-system/kubelet-config ConfigMap in the input';

/** Objects sorted into their facts; secret values are dropped or masked here, whatever the path. */
export function groupObjects(objects: readonly K8sObject[]): Record<ObjectFactKey, K8sObject[]> {
  const groups = Object.fromEntries(OBJECT_FACT_KEYS.map((k) => [k, [] as K8sObject[]])) as Record<ObjectFactKey, K8sObject[]>;
  for (const raw of objects) {
    const key = factKeyOf(raw);
    if (!key) continue;
    const obj = slimObject(raw);
    groups[key].push(key === 'k8s.secrets' ? redactSecret(obj) : maskLiteralCredentials(obj));
  }
  return groups;
}

/**
 * Every k8s.* fact from a list of objects. `cluster.source` picks the reason given when the
 * control plane is not visible (managed cluster vs. a manifest set without static pods).
 * Kubelet facts: offline from KubeletConfiguration / kubelet-config ConfigMap; the live
 * collector replaces them with what /configz answered. `opts.baseDir` (the folder the user
 * scanned from) makes manifest paths that name a kubelet relative, hence stable.
 */
export function factsFromObjects(objects: readonly K8sObject[], cluster: ClusterInfo, opts: { baseDir?: string } = {}): Record<string, Outcome<unknown>> {
  const groups = groupObjects(objects);
  const facts: Record<string, Outcome<unknown>> = {};
  for (const key of OBJECT_FACT_KEYS) facts[key] = ok(groups[key]);
  const live = cluster.source === 'live';
  const cp = controlPlaneOutcomes(groups['k8s.pods'], cluster.source, live ? MANAGED_CONTROL_PLANE : NOT_IN_MANIFESTS);
  Object.assign(facts, cp);
  const info: ClusterInfo = { ...cluster };
  if (live) info.managedControlPlane = !cp['k8s.controlplane']!.ok;
  facts['k8s.cluster'] = ok(info);
  facts['k8s.kube-proxy'] = kubeProxyFromObjects(groups['k8s.workloads'], groups['k8s.configmaps']);
  const kubelets = kubeletFromObjects(objects, opts.baseDir);
  facts['k8s.kubelets'] = kubelets.length ? ok({ nodes: kubelets }) : notApplicableFact(KUBELET_NOT_IN_MANIFESTS);
  return facts;
}
