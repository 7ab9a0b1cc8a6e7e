// Kubernetes facts. Each resource type is its own fact, `k8s.<plural>`, so a 403 on one type
// (e.g. "forbidden: list secrets") turns only the checks that read it into `error`.
import type { SourceLocation } from '../../engine/types.js';

export interface ObjectMeta {
  name?: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: { apiVersion?: string; kind?: string; name: string; uid?: string; controller?: boolean }[];
  uid?: string;
  [key: string]: unknown;
}

/** A Kubernetes object as read (plain JSON); `$source` is where it came from in a manifest. */
export interface K8sObject {
  apiVersion?: string;
  kind: string;
  metadata: ObjectMeta;
  spec?: Record<string, unknown>;
  status?: Record<string, unknown>;
  data?: Record<string, unknown>;
  $source?: SourceLocation;
  [key: string]: unknown;
}

/** Cluster-level context: where the facts came from and what could be observed. */
export interface ClusterInfo {
  name: string;
  source: 'live' | 'manifests';
  serverVersion?: string;
  /** true when no control-plane static pods are visible (EKS/GKE/AKS) */
  managedControlPlane?: boolean;
}

declare module '../../engine/facts.js' {
  interface FactTypes {
    'k8s.cluster': ClusterInfo;
    'k8s.namespaces': K8sObject[];
    'k8s.pods': K8sObject[];
    /** Deployments, StatefulSets, DaemonSets, ReplicaSets, ReplicationControllers, Jobs, CronJobs */
    'k8s.workloads': K8sObject[];
    'k8s.services': K8sObject[];
    'k8s.networkpolicies': K8sObject[];
    'k8s.serviceaccounts': K8sObject[];
    'k8s.roles': K8sObject[];
    'k8s.rolebindings': K8sObject[];
    'k8s.clusterroles': K8sObject[];
    'k8s.clusterrolebindings': K8sObject[];
    /** metadata and key names only: values are dropped at collection (`data: { key: '' }`, stringData folded in, last-applied annotation redacted) */
    'k8s.secrets': K8sObject[];
    'k8s.configmaps': K8sObject[];
    'k8s.nodes': K8sObject[];
    /** admission webhooks, Kyverno/Gatekeeper policies, PSA etc. */
    'k8s.admission': K8sObject[];
    /** Istio PeerAuthentication / AuthorizationPolicy, Linkerd Server/AuthorizationPolicy */
    'k8s.mesh': K8sObject[];
  }
}
