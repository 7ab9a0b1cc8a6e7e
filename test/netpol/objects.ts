// Small builders for Kubernetes objects used by the netpol tests and the k8s.netpol.* check tables.
import type { K8sObject } from '../../src/kit/k8s/facts.js';

export const ns = (name: string, labels: Record<string, string> = {}): K8sObject => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } });

export interface PortSpec {
  name?: string;
  containerPort: number;
  protocol?: string;
}

export const deploy = (namespace: string, name: string, labels: Record<string, string>, ports: PortSpec[] = []): K8sObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, namespace },
  spec: { selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [{ name: 'c', image: 'x', ports }] } } },
  $source: { file: `manifests/${namespace}.yaml`, line: 1 },
});

export const np = (namespace: string, name: string, spec: Record<string, unknown>): K8sObject => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name, namespace },
  spec,
  $source: { file: `policies/${namespace}.yaml`, line: 3 },
});

export const denyAll = (namespace: string, types: ('Ingress' | 'Egress')[] = ['Ingress', 'Egress']): K8sObject =>
  np(namespace, 'default-deny', { podSelector: {}, policyTypes: types });

/** The four k8s.* facts the netpol checks read. */
export const facts = (objects: { namespaces?: K8sObject[]; workloads?: K8sObject[]; pods?: K8sObject[]; policies?: K8sObject[] }) => ({
  'k8s.namespaces': objects.namespaces ?? [],
  'k8s.pods': objects.pods ?? [],
  'k8s.workloads': objects.workloads ?? [],
  'k8s.networkpolicies': objects.policies ?? [],
});
