// Small builders of plain Kubernetes objects for the check tables.
import type { K8sObject } from '../../../src/kit/k8s/facts.js';
import type { Container, PodSpec, PolicyRule, Subject } from '../../../src/kit/k8s/types.js';

export const ns = (name: string, labels: Record<string, string> = {}, annotations: Record<string, string> = {}): K8sObject => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name, labels: { 'kubernetes.io/metadata.name': name, ...labels }, annotations },
});

/** A container that passes every workload check. */
export const goodContainer = (name = 'app', extra: Partial<Container> = {}): Container => ({
  name,
  image: 'registry.example.com/app:1.2.3@sha256:' + 'a'.repeat(64),
  securityContext: {
    allowPrivilegeEscalation: false,
    runAsNonRoot: true,
    readOnlyRootFilesystem: true,
    capabilities: { drop: ['ALL'] },
  },
  resources: { limits: { cpu: '500m', memory: '256Mi' }, requests: { cpu: '100m', memory: '128Mi' } },
  ...extra,
});

/** A pod spec that passes every workload check. */
export const goodSpec = (extra: Partial<PodSpec> = {}): PodSpec => ({
  serviceAccountName: 'app',
  automountServiceAccountToken: false,
  securityContext: { runAsNonRoot: true, runAsUser: 10001, seccompProfile: { type: 'RuntimeDefault' } },
  containers: [goodContainer()],
  ...extra,
});

export const deployment = (name: string, namespace: string, spec: PodSpec, line?: number): K8sObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, namespace },
  spec: { replicas: 2, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: spec as Record<string, unknown> } },
  ...(line ? { $source: { file: 'manifests/app.yaml', line } } : {}),
});

export const daemonSet = (name: string, namespace: string, spec: PodSpec): K8sObject => ({
  apiVersion: 'apps/v1',
  kind: 'DaemonSet',
  metadata: { name, namespace },
  spec: { selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: spec as Record<string, unknown> } },
});

export const cronJob = (name: string, namespace: string, spec: PodSpec): K8sObject => ({
  apiVersion: 'batch/v1',
  kind: 'CronJob',
  metadata: { name, namespace },
  spec: { schedule: '0 * * * *', jobTemplate: { spec: { template: { spec: spec as Record<string, unknown> } } } },
});

export const pod = (name: string, namespace: string, spec: PodSpec, metadata: Partial<K8sObject['metadata']> = {}): K8sObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace, ...metadata },
  spec: spec as Record<string, unknown>,
});

/** The two facts every pod-template check reads. */
export const workloadFacts = (...objects: K8sObject[]): { 'k8s.pods': K8sObject[]; 'k8s.workloads': K8sObject[] } => ({
  'k8s.pods': objects.filter((o) => o.kind === 'Pod'),
  'k8s.workloads': objects.filter((o) => o.kind !== 'Pod'),
});

/** A one-deployment cluster whose single container is `goodContainer` merged with `c`. */
export const withContainer = (c: Partial<Container>, specExtra: Partial<PodSpec> = {}) =>
  workloadFacts(deployment('web', 'shop', goodSpec({ containers: [goodContainer('app', c)], ...specExtra })));

export const withSpec = (specExtra: Partial<PodSpec>) => workloadFacts(deployment('web', 'shop', goodSpec(specExtra)));

export const role = (name: string, rules: PolicyRule[], namespace?: string): K8sObject => ({
  apiVersion: 'rbac.authorization.k8s.io/v1',
  kind: namespace ? 'Role' : 'ClusterRole',
  metadata: namespace ? { name, namespace } : { name },
  rules,
});

export const binding = (name: string, roleRef: { kind: string; name: string }, subjects: Subject[], namespace?: string): K8sObject => ({
  apiVersion: 'rbac.authorization.k8s.io/v1',
  kind: namespace ? 'RoleBinding' : 'ClusterRoleBinding',
  metadata: namespace ? { name, namespace } : { name },
  roleRef: { apiGroup: 'rbac.authorization.k8s.io', ...roleRef },
  subjects,
});

export const roleFacts = (...roles: K8sObject[]) => ({
  'k8s.roles': roles.filter((r) => r.kind === 'Role'),
  'k8s.clusterroles': roles.filter((r) => r.kind === 'ClusterRole'),
});

export const bindingFacts = (...bindings: K8sObject[]) => ({
  'k8s.rolebindings': bindings.filter((b) => b.kind === 'RoleBinding'),
  'k8s.clusterrolebindings': bindings.filter((b) => b.kind === 'ClusterRoleBinding'),
});

export const forbidden = (what: string) => ({ ok: false, reason: `forbidden: list ${what}` });
export const liveCluster = { name: 'test', source: 'live' } as const;
export const manifestCluster = { name: 'test', source: 'manifests' } as const;
