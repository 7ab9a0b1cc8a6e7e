// Shapes shared by the NetworkPolicy engine. Everything here is plain data.
import type { K8sObject } from '../kit/k8s/facts.js';
import type { ResourceRef, SourceLocation } from '../engine/types.js';
import type { IpRange } from './ip.js';
import type { Protocol } from './ports.js';
import type { LabelPredicate, Labels } from './selectors.js';

/** A problem in the input, collected as a value; the object it names is skipped, the rest analysed. */
export interface NetpolDiagnostic {
  severity: 'error' | 'warning';
  message: string;
  object?: ResourceRef;
  source?: SourceLocation;
}

/** The objects the engine reads, already split by kind (the k8s.* facts have this shape). */
export interface NetpolInput {
  namespaces: readonly K8sObject[];
  pods: readonly K8sObject[];
  workloads: readonly K8sObject[];
  policies: readonly K8sObject[];
}

export type GroupBy = 'owner' | 'top-owner';

export interface ContainerPort {
  name?: string;
  port: number;
  protocol: Protocol;
}

/** One workload peer: a workload object, or the pods of one controller, or a bare pod. */
export interface WorkloadPeer {
  /** `namespace/name[Kind]` */
  name: string;
  namespace: string;
  kind: string;
  workload: string;
  labels: Labels;
  ports: readonly ContainerPort[];
  ref: ResourceRef;
  source?: SourceLocation;
  /** pods (or replicas) represented, for reporting */
  podCount: number;
}

export interface NamespaceInfo {
  name: string;
  labels: Labels;
  ref: ResourceRef;
  source?: SourceLocation;
  /** false when the namespace was only implied by objects in it */
  declared: boolean;
}

export type RulePeer =
  | { type: 'pods'; key: string; nsMatch?: LabelPredicate; podMatch: LabelPredicate; podSelectorEmpty: boolean; nsSelectorEmpty: boolean }
  | { type: 'ip'; cidr: string; range: IpRange; except: IpRange[] };

export interface RulePorts {
  /** no `ports`: every port of every protocol */
  all: boolean;
  /** numeric entries per protocol, as [first,last] pairs */
  numeric: [number, number][][];
  /** named entries, resolved on the destination pod */
  named: { name: string; protocol: Protocol }[];
}

export interface CompiledRule {
  /** undefined: no `from`/`to`, every source/destination (pods and external) */
  peers?: RulePeer[];
  ports: RulePorts;
  /** index in the policy's ingress/egress list */
  index: number;
}

export interface CompiledPolicy {
  ref: ResourceRef;
  source?: SourceLocation;
  namespace: string;
  podMatch: LabelPredicate;
  podSelectorEmpty: boolean;
  /** undefined when the policy does not affect that direction */
  ingress?: CompiledRule[];
  egress?: CompiledRule[];
}

export interface NetpolModel {
  namespaces: Map<string, NamespaceInfo>;
  peers: WorkloadPeer[];
  policies: CompiledPolicy[];
  diagnostics: NetpolDiagnostic[];
}
