// The Kubernetes API provider: one paged LIST per resource type (live, through the kube transport
// in src/transports/kubernetes.ts) or the same objects from manifest files (offline). The client
// library loads only when a cluster target is collected.
import type { FactKey } from '../../engine/facts.js';
import type { ApiProvider } from '../types.js';

export const KUBERNETES_FACTS = [
  'k8s.cluster', 'k8s.namespaces', 'k8s.pods', 'k8s.workloads', 'k8s.services', 'k8s.networkpolicies',
  'k8s.serviceaccounts', 'k8s.roles', 'k8s.rolebindings', 'k8s.clusterroles', 'k8s.clusterrolebindings',
  'k8s.secrets', 'k8s.configmaps', 'k8s.nodes', 'k8s.admission', 'k8s.mesh', 'k8s.controlplane',
  'k8s.apiserver', 'k8s.controller-manager', 'k8s.scheduler', 'k8s.etcd', 'k8s.kube-proxy', 'k8s.kubelets',
] as const satisfies readonly FactKey[];

export const KUBERNETES_PROVIDER: ApiProvider = {
  type: 'api',
  id: 'kubernetes.api',
  kinds: ['kubernetes'],
  facet: 'api',
  facts: KUBERNETES_FACTS,
  async collect(target, _transport, ctx) {
    const { kubernetesCollector } = await import('./index.js');
    return kubernetesCollector.collect(target, ctx);
  },
};
