// Which resource types feed which k8s.* fact: one table for the live LIST calls and for sorting
// the objects of a manifest dump, so both paths give the same facts.
import type { K8sObject } from '../../kit/k8s/facts.js';

export type ObjectFactKey =
  | 'k8s.namespaces'
  | 'k8s.pods'
  | 'k8s.workloads'
  | 'k8s.services'
  | 'k8s.networkpolicies'
  | 'k8s.serviceaccounts'
  | 'k8s.roles'
  | 'k8s.rolebindings'
  | 'k8s.clusterroles'
  | 'k8s.clusterrolebindings'
  | 'k8s.secrets'
  | 'k8s.configmaps'
  | 'k8s.nodes'
  | 'k8s.admission'
  | 'k8s.mesh';

export const OBJECT_FACT_KEYS: readonly ObjectFactKey[] = [
  'k8s.namespaces',
  'k8s.pods',
  'k8s.workloads',
  'k8s.services',
  'k8s.networkpolicies',
  'k8s.serviceaccounts',
  'k8s.roles',
  'k8s.rolebindings',
  'k8s.clusterroles',
  'k8s.clusterrolebindings',
  'k8s.secrets',
  'k8s.configmaps',
  'k8s.nodes',
  'k8s.admission',
  'k8s.mesh',
];

export interface ResourceType {
  fact: ObjectFactKey;
  /** '' = core group */
  group: string;
  /** fixed version for built-ins; CRD groups use the server's preferred version */
  version?: string;
  plural: string;
  kind: string;
  /** a CRD (or a newer built-in): 404 means "not installed" = no objects, not an error */
  optional?: boolean;
}

const core = (fact: ObjectFactKey, plural: string, kind: string): ResourceType => ({ fact, group: '', version: 'v1', plural, kind });
const builtin = (fact: ObjectFactKey, group: string, version: string, plural: string, kind: string, optional = false): ResourceType =>
  optional ? { fact, group, version, plural, kind, optional } : { fact, group, version, plural, kind };
const crd = (fact: ObjectFactKey, group: string, plural: string, kind: string): ResourceType => ({ fact, group, plural, kind, optional: true });

export const RESOURCE_TYPES: readonly ResourceType[] = [
  core('k8s.namespaces', 'namespaces', 'Namespace'),
  core('k8s.pods', 'pods', 'Pod'),
  builtin('k8s.workloads', 'apps', 'v1', 'deployments', 'Deployment'),
  builtin('k8s.workloads', 'apps', 'v1', 'statefulsets', 'StatefulSet'),
  builtin('k8s.workloads', 'apps', 'v1', 'daemonsets', 'DaemonSet'),
  builtin('k8s.workloads', 'apps', 'v1', 'replicasets', 'ReplicaSet'),
  core('k8s.workloads', 'replicationcontrollers', 'ReplicationController'),
  builtin('k8s.workloads', 'batch', 'v1', 'jobs', 'Job'),
  builtin('k8s.workloads', 'batch', 'v1', 'cronjobs', 'CronJob'),
  core('k8s.services', 'services', 'Service'),
  builtin('k8s.networkpolicies', 'networking.k8s.io', 'v1', 'networkpolicies', 'NetworkPolicy'),
  core('k8s.serviceaccounts', 'serviceaccounts', 'ServiceAccount'),
  builtin('k8s.roles', 'rbac.authorization.k8s.io', 'v1', 'roles', 'Role'),
  builtin('k8s.rolebindings', 'rbac.authorization.k8s.io', 'v1', 'rolebindings', 'RoleBinding'),
  builtin('k8s.clusterroles', 'rbac.authorization.k8s.io', 'v1', 'clusterroles', 'ClusterRole'),
  builtin('k8s.clusterrolebindings', 'rbac.authorization.k8s.io', 'v1', 'clusterrolebindings', 'ClusterRoleBinding'),
  core('k8s.secrets', 'secrets', 'Secret'),
  core('k8s.configmaps', 'configmaps', 'ConfigMap'),
  core('k8s.nodes', 'nodes', 'Node'),
  builtin('k8s.admission', 'admissionregistration.k8s.io', 'v1', 'validatingwebhookconfigurations', 'ValidatingWebhookConfiguration'),
  builtin('k8s.admission', 'admissionregistration.k8s.io', 'v1', 'mutatingwebhookconfigurations', 'MutatingWebhookConfiguration'),
  // GA in 1.30; older servers answer 404.
  builtin('k8s.admission', 'admissionregistration.k8s.io', 'v1', 'validatingadmissionpolicies', 'ValidatingAdmissionPolicy', true),
  builtin('k8s.admission', 'admissionregistration.k8s.io', 'v1', 'validatingadmissionpolicybindings', 'ValidatingAdmissionPolicyBinding', true),
  crd('k8s.admission', 'kyverno.io', 'clusterpolicies', 'ClusterPolicy'),
  crd('k8s.admission', 'kyverno.io', 'policies', 'Policy'),
  crd('k8s.admission', 'templates.gatekeeper.sh', 'constrainttemplates', 'ConstraintTemplate'),
  crd('k8s.mesh', 'security.istio.io', 'peerauthentications', 'PeerAuthentication'),
  crd('k8s.mesh', 'security.istio.io', 'authorizationpolicies', 'AuthorizationPolicy'),
  crd('k8s.mesh', 'policy.linkerd.io', 'servers', 'Server'),
  crd('k8s.mesh', 'policy.linkerd.io', 'serverauthorizations', 'ServerAuthorization'),
  crd('k8s.mesh', 'policy.linkerd.io', 'authorizationpolicies', 'AuthorizationPolicy'),
  crd('k8s.mesh', 'policy.linkerd.io', 'meshtlsauthentications', 'MeshTLSAuthentication'),
];

/** Gatekeeper makes one CRD per constraint kind in this group: they are found by discovery. */
export const GATEKEEPER_CONSTRAINTS_GROUP = 'constraints.gatekeeper.sh';

const groupOf = (apiVersion: string | undefined): string => {
  const v = apiVersion ?? '';
  return v.includes('/') ? v.slice(0, v.indexOf('/')) : '';
};

/** The fact an object belongs to, or undefined for kinds no check reads. */
export function factKeyOf(obj: Pick<K8sObject, 'apiVersion' | 'kind'>): ObjectFactKey | undefined {
  const group = groupOf(obj.apiVersion);
  if (group === GATEKEEPER_CONSTRAINTS_GROUP) return 'k8s.admission';
  // Match on kind and group; an object without apiVersion (hand-written snippet) matches on kind.
  const hit = RESOURCE_TYPES.find((t) => t.kind === obj.kind && (obj.apiVersion === undefined || t.group === group));
  return hit?.fact;
}
