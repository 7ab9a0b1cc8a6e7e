// Kubernetes clusters: live through the API (kubeconfig, context) or offline manifests.
import { list, text, type KindDefinition } from './definition.js';
import { mustRead } from './read-path.js';
import type { TargetSpec } from './types.js';

export const KUBERNETES: KindDefinition = {
  kind: 'kubernetes',
  description: 'a cluster through its API, or its manifests offline',
  transports: ['kube'],
  defaultTransport: () => 'kube',
  flags: [
    { flags: '--kube', description: 'a live cluster through the Kubernetes API (current context)' },
    { flags: '--kubeconfig <file>', description: 'kubeconfig file for --kube' },
    { flags: '--context <name>', description: 'kubeconfig context for --kube' },
    { flags: '--manifests <paths...>', description: 'offline Kubernetes YAML/JSON files or folders' },
  ],
  fromFlags(f) {
    const out: TargetSpec[] = [];
    const manifests = list(f.manifests);
    if (manifests.length) out.push({ id: 'kubernetes:manifests', kind: 'kubernetes', name: 'manifests', options: { manifests: manifests.map((p) => mustRead(p, 'manifests path', undefined)) } });
    const kubeconfigFlag = text(f.kubeconfig);
    const context = text(f.context);
    if (f.kube === true || kubeconfigFlag || context) {
      const kubeconfig = kubeconfigFlag ? mustRead(kubeconfigFlag, 'kubeconfig', false) : undefined;
      const name = context ?? 'current';
      out.push({ id: `kubernetes:${name}`, kind: 'kubernetes', name, options: { ...(kubeconfig ? { kubeconfig } : {}), ...(context ? { context } : {}) } });
    }
    return out;
  },
  sarifPrefix: 'k8s',
};
