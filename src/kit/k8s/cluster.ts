// Cluster-wide questions ("is there a policy engine?", "is Istio installed?") can only be
// answered "no" when the facts describe a whole cluster. A live cluster does; a folder of
// manifests does only when it is a cluster dump, which we recognise by the kube-system
// Namespace object that every dump (kubectl get -A) contains. Otherwise absence is unknown.
import type { ClusterInfo, K8sObject } from './facts.js';
import { annotationOf, apiGroupOf, labelOf, nameOf } from './objects.js';

/** undefined when absence can be judged; otherwise the reason it cannot. */
export function wholeClusterUnknown(cluster: ClusterInfo, namespaces: readonly K8sObject[]): string | undefined {
  if (cluster.source === 'live') return undefined;
  return namespaces.some((ns) => nameOf(ns) === 'kube-system')
    ? undefined
    : 'the manifests are not a whole-cluster dump (no kube-system Namespace), so absence cannot be judged';
}

/** Istio's root namespace (meshConfig.rootNamespace default): policies there apply mesh-wide. */
export const ISTIO_ROOT_NAMESPACE = 'istio-system';

export const isIstioObject = (o: K8sObject): boolean => apiGroupOf(o).endsWith('istio.io');
export const isLinkerdObject = (o: K8sObject): boolean => apiGroupOf(o).endsWith('linkerd.io');

/** Namespaces whose pods get an Istio sidecar (or join ambient mode). */
export function istioMeshedNamespace(ns: K8sObject): boolean {
  return labelOf(ns, 'istio-injection') === 'enabled' || labelOf(ns, 'istio.io/rev') !== undefined || labelOf(ns, 'istio.io/dataplane-mode') === 'ambient';
}

export function istioPresent(mesh: readonly K8sObject[], namespaces: readonly K8sObject[]): boolean {
  return mesh.some(isIstioObject) || namespaces.some((ns) => nameOf(ns) === ISTIO_ROOT_NAMESPACE || istioMeshedNamespace(ns));
}

export const linkerdMeshedNamespace = (ns: K8sObject): boolean => annotationOf(ns, 'linkerd.io/inject') === 'enabled';

export function linkerdPresent(mesh: readonly K8sObject[], namespaces: readonly K8sObject[]): boolean {
  return mesh.some(isLinkerdObject) || namespaces.some((ns) => nameOf(ns) === 'linkerd' || linkerdMeshedNamespace(ns));
}

/** A selector that selects something narrower than the whole namespace. */
export function hasWorkloadSelector(spec: Record<string, unknown> | undefined): boolean {
  const sel = spec?.selector;
  if (sel === undefined || sel === null || typeof sel !== 'object') return false;
  const labels = (sel as { matchLabels?: unknown }).matchLabels;
  return !!labels && typeof labels === 'object' && Object.keys(labels).length > 0;
}
