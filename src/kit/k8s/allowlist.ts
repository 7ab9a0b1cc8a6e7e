// Built-in allowlist of Kubernetes system objects.
//
// Why it exists: every cluster carries objects that by design do what the posture checks flag.
// The API server's own bootstrap roles hold wildcards, kube-proxy and the CNI agent run
// privileged on the host network, kube-system runs with the `privileged` Pod Security level.
// Reporting those on every scan would drown the findings an operator can act on, so the checks
// skip (emit no result for) the objects listed here. They are neither passed nor failed: they
// do not count in the score.
//
// How an entry matches: the resource's kind (or `Workload` for any pod-bearing kind), its
// namespace (omitted for cluster-scoped objects) and its name all have to match, and the check id
// has to match one of the entry's check patterns. Names, namespaces and check ids accept `*`
// as a wildcard. Matching is by identity, so a workload called `kube-proxy` outside kube-system is
// still reported.
//
// Caveat: names are not proof of origin. Anyone allowed to create ClusterRoles can name one
// `system:something`; this list trades that risk for signal. Creating objects in kube-system, or
// cluster-scoped RBAC, already needs high privilege, which the RBAC checks themselves report.
// Each entry says why it is here; add one only with a reason a reviewer can check.
import type { ResourceRef } from '../../engine/types.js';

export interface AllowlistEntry {
  /** Kubernetes kind, or `Workload` for Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob */
  kind: string;
  /** namespace glob; absent for cluster-scoped objects */
  namespace?: string;
  /** name glob */
  name: string;
  /** check id globs this entry silences */
  checks: readonly string[];
  why: string;
}

export const POD_BEARING_KINDS: ReadonlySet<string> = new Set([
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'Job',
  'CronJob',
]);

const RBAC = ['k8s.rbac.*'];
const HOST_AGENT = ['k8s.workload.*', 'k8s.identity.automount-token', 'k8s.identity.default-sa-used', 'k8s.secrets.*'];
const NAMESPACE_LEVEL = ['k8s.psa.*'];

export const ALLOWLIST: readonly AllowlistEntry[] = [
  // --- RBAC: the API server's bootstrap policy -------------------------------------------
  { kind: 'ClusterRole', name: 'system:*', checks: RBAC, why: 'bootstrap roles the API server creates and reconciles at every start (label kubernetes.io/bootstrapping=rbac-defaults); controllers and kubelets need their grants' },
  { kind: 'ClusterRole', name: 'cluster-admin', checks: RBAC, why: 'built-in superuser role; holding it is judged where it is bound (k8s.rbac.cluster-admin-binding)' },
  { kind: 'ClusterRole', name: 'admin', checks: RBAC, why: 'built-in user-facing role meant for namespace owners via RoleBindings; judged where it is bound' },
  { kind: 'ClusterRole', name: 'edit', checks: RBAC, why: 'built-in user-facing role (aggregated); judged where it is bound' },
  { kind: 'ClusterRole', name: 'view', checks: RBAC, why: 'built-in read-only user-facing role' },
  { kind: 'ClusterRoleBinding', name: 'system:*', checks: [...RBAC, 'k8s.identity.*'], why: 'bootstrap bindings, e.g. system:public-info-viewer lets unauthenticated clients read /version and /healthz only' },
  { kind: 'ClusterRoleBinding', name: 'cluster-admin', checks: RBAC, why: 'built-in binding of cluster-admin to the system:masters group (client certificates of the installer)' },
  { kind: 'ClusterRoleBinding', name: 'kubeadm:*', checks: RBAC, why: 'kubeadm bootstrap bindings: node join (kubelet-bootstrap, node-autoapprove) and kubeadm:cluster-admins, the group of the installer admin.conf' },
  { kind: 'ClusterRole', name: 'kubeadm:*', checks: RBAC, why: 'kubeadm bootstrap roles (get-nodes for node join)' },
  { kind: 'Role', namespace: 'kube-system', name: 'system:*', checks: RBAC, why: 'bootstrap roles of the control-plane components (leader election, bootstrap signer, token cleaner)' },
  { kind: 'RoleBinding', namespace: 'kube-system', name: 'system:*', checks: [...RBAC, 'k8s.identity.*'], why: 'bootstrap bindings of the control-plane components' },
  { kind: 'Role', namespace: 'kube-system', name: 'extension-apiserver-authentication-reader', checks: RBAC, why: 'built-in role letting aggregated API servers read the client CA ConfigMap' },
  { kind: 'Role', namespace: 'kube-system', name: 'kubeadm:*', checks: RBAC, why: 'kubeadm roles to read kubeadm-config and kubelet-config during join' },
  { kind: 'RoleBinding', namespace: 'kube-system', name: 'kubeadm:*', checks: RBAC, why: 'kubeadm bindings for node join' },
  { kind: 'Role', namespace: 'kube-public', name: '*', checks: RBAC, why: 'kube-public holds only the cluster-info ConfigMap and its bootstrap-signer roles' },
  { kind: 'RoleBinding', namespace: 'kube-public', name: '*', checks: [...RBAC, 'k8s.identity.*'], why: 'kubeadm:bootstrap-signer-clusterinfo lets anonymous joiners read the public cluster-info ConfigMap (kubeadm discovery)' },
  { kind: 'ClusterRole', name: 'eks:*', checks: RBAC, why: 'roles managed by the EKS control plane' },
  { kind: 'ClusterRoleBinding', name: 'eks:*', checks: [...RBAC, 'k8s.identity.*'], why: 'bindings managed by the EKS control plane' },

  // Admission controllers and meshes patch the caBundle of their own webhook configurations.
  { kind: 'ClusterRole', name: 'kyverno:*', checks: ['k8s.rbac.webhook-config'], why: 'Kyverno registers and updates its own admission webhooks' },
  { kind: 'ClusterRole', name: 'gatekeeper-manager-role', checks: ['k8s.rbac.webhook-config'], why: 'Gatekeeper registers and updates its own admission webhooks' },
  { kind: 'ClusterRole', name: 'istiod-clusterrole-*', checks: ['k8s.rbac.webhook-config'], why: 'istiod patches the caBundle of its sidecar-injection and validation webhooks' },
  { kind: 'ClusterRole', name: 'linkerd-*', checks: ['k8s.rbac.webhook-config'], why: 'the Linkerd control plane patches its own proxy-injector and policy webhooks' },

  // --- Control-plane static pods and platform add-ons in kube-system ----------------------
  { kind: 'Pod', namespace: 'kube-system', name: 'kube-apiserver-*', checks: HOST_AGENT, why: 'control-plane static pod; judged by the CIS control-plane checks' },
  { kind: 'Pod', namespace: 'kube-system', name: 'kube-controller-manager-*', checks: HOST_AGENT, why: 'control-plane static pod; judged by the CIS control-plane checks' },
  { kind: 'Pod', namespace: 'kube-system', name: 'kube-scheduler-*', checks: HOST_AGENT, why: 'control-plane static pod; judged by the CIS control-plane checks' },
  { kind: 'Pod', namespace: 'kube-system', name: 'etcd-*', checks: HOST_AGENT, why: 'control-plane static pod; judged by the CIS etcd checks' },
  { kind: 'Workload', namespace: 'kube-system', name: 'kube-proxy*', checks: HOST_AGENT, why: 'kube-proxy programs iptables/IPVS on every node: privileged, host network, host paths by design' },
  { kind: 'Workload', namespace: 'kube-system', name: 'coredns*', checks: HOST_AGENT, why: 'cluster DNS managed by the distribution (image, limits and service account set by the installer)' },
  { kind: 'Workload', namespace: 'kube-system', name: 'node-local-dns*', checks: HOST_AGENT, why: 'NodeLocal DNSCache binds a link-local address on the host network' },
  { kind: 'Workload', namespace: 'kube-system', name: 'konnectivity-agent*', checks: HOST_AGENT, why: 'control-plane tunnel agent of managed clusters' },
  { kind: 'Pod', namespace: 'kube-system', name: 'storage-provisioner', checks: HOST_AGENT, why: "minikube's storage-provisioner addon: a bare pod on the host network that creates hostPath volumes under the node's /tmp by design" },
  // CNI agents configure the node network: privileged, host network, host paths, NET_ADMIN.
  { kind: 'Workload', namespace: 'kube-system', name: 'calico-*', checks: HOST_AGENT, why: 'Calico CNI agent and controllers (manifest install)' },
  { kind: 'Workload', namespace: 'calico-system', name: '*', checks: HOST_AGENT, why: 'Calico CNI (operator install)' },
  { kind: 'Workload', namespace: 'kube-system', name: 'cilium*', checks: HOST_AGENT, why: 'Cilium CNI agent, operator and Envoy' },
  { kind: 'Workload', namespace: 'kube-system', name: 'aws-node*', checks: HOST_AGENT, why: 'Amazon VPC CNI agent' },
  { kind: 'Workload', namespace: 'kube-system', name: 'kindnet*', checks: HOST_AGENT, why: 'kind CNI agent' },
  { kind: 'Workload', namespace: 'kube-system', name: 'weave-net*', checks: HOST_AGENT, why: 'Weave Net CNI agent' },
  { kind: 'Workload', namespace: 'kube-system', name: 'antrea-*', checks: HOST_AGENT, why: 'Antrea CNI agent and controller' },
  { kind: 'Workload', namespace: 'kube-flannel', name: 'kube-flannel*', checks: HOST_AGENT, why: 'Flannel CNI agent' },
  { kind: 'Workload', namespace: 'kube-system', name: 'kube-flannel*', checks: HOST_AGENT, why: 'Flannel CNI agent (older manifests)' },
  // CSI node plugins mount volumes into the host's kubelet directory: privileged, bidirectional mounts.
  { kind: 'Workload', namespace: 'kube-system', name: '*csi-node*', checks: HOST_AGENT, why: 'CSI node plugin (EBS, EFS, GCE PD, Azure Disk...): mounts volumes on the host' },
  { kind: 'Workload', namespace: 'kube-system', name: 'csi-*plugin*', checks: HOST_AGENT, why: 'CSI node plugin (hostpath, secrets-store, ceph...)' },
  // Runtime security sensors need the host PID namespace and kernel access to watch syscalls.
  { kind: 'Workload', namespace: 'falco', name: 'falco*', checks: HOST_AGENT, why: 'Falco runtime detector (eBPF/kmod sensor)' },
  { kind: 'Workload', namespace: 'kube-system', name: 'tetragon*', checks: HOST_AGENT, why: 'Tetragon runtime detector (eBPF sensor)' },
  { kind: 'Workload', namespace: 'tracee', name: 'tracee*', checks: HOST_AGENT, why: 'Tracee runtime detector (eBPF sensor)' },
  { kind: 'Workload', namespace: '*', name: '*node-exporter*', checks: HOST_AGENT, why: 'Prometheus node exporter reads host /proc and /sys with host PID and network' },

  // --- Default service accounts of system namespaces --------------------------------------
  { kind: 'ServiceAccount', namespace: 'kube-system', name: 'default', checks: ['k8s.identity.default-sa-automount'], why: 'created by Kubernetes; pods in kube-system are platform components judged by the workload checks' },
  { kind: 'ServiceAccount', namespace: 'kube-public', name: 'default', checks: ['k8s.identity.default-sa-automount'], why: 'created by Kubernetes; kube-public runs no pods' },
  { kind: 'ServiceAccount', namespace: 'kube-node-lease', name: 'default', checks: ['k8s.identity.default-sa-automount'], why: 'created by Kubernetes; kube-node-lease runs no pods' },

  // --- Namespaces that must run privileged pods ------------------------------------------
  { kind: 'Namespace', name: 'kube-system', checks: NAMESPACE_LEVEL, why: 'runs the control plane and node agents; the privileged Pod Security level is required' },
  { kind: 'Namespace', name: 'kube-public', checks: NAMESPACE_LEVEL, why: 'holds the cluster-info ConfigMap only, no pods' },
  { kind: 'Namespace', name: 'kube-node-lease', checks: NAMESPACE_LEVEL, why: 'holds node Lease objects only, no pods' },
  { kind: 'Namespace', name: 'calico-system', checks: NAMESPACE_LEVEL, why: 'Calico node agents need privileged pods' },
  { kind: 'Namespace', name: 'kube-flannel', checks: NAMESPACE_LEVEL, why: 'Flannel node agents need privileged pods' },
  { kind: 'Namespace', name: 'falco', checks: NAMESPACE_LEVEL, why: 'the Falco sensor needs privileged pods' },
  { kind: 'Namespace', name: 'tracee', checks: NAMESPACE_LEVEL, why: 'the Tracee sensor needs privileged pods' },
];

function globToRegExp(glob: string): RegExp {
  const body = glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${body}$`);
}

interface Compiled {
  entry: AllowlistEntry;
  name: RegExp;
  checks: RegExp[];
}

/** Entries of one kind, indexed by exact namespace; globbed namespaces are tested one by one. */
interface KindIndex {
  clusterScoped: Compiled[];
  byNamespace: Map<string, Compiled[]>;
  globbed: { namespace: RegExp; entry: Compiled }[];
}

function compile(entries: readonly AllowlistEntry[]): Map<string, KindIndex> {
  const byKind = new Map<string, KindIndex>();
  for (const entry of entries) {
    const c: Compiled = { entry, name: globToRegExp(entry.name), checks: entry.checks.map(globToRegExp) };
    let idx = byKind.get(entry.kind);
    if (!idx) {
      idx = { clusterScoped: [], byNamespace: new Map(), globbed: [] };
      byKind.set(entry.kind, idx);
    }
    if (entry.namespace === undefined) idx.clusterScoped.push(c);
    else if (entry.namespace.includes('*')) idx.globbed.push({ namespace: globToRegExp(entry.namespace), entry: c });
    else idx.byNamespace.set(entry.namespace, [...(idx.byNamespace.get(entry.namespace) ?? []), c]);
  }
  return byKind;
}

const compiled = compile(ALLOWLIST);

/** Entries that may exempt objects of one kind in one namespace (undefined: cluster-scoped) from one check. */
type Candidates = Map<string | undefined, Compiled[]>;
const candidatesByCheck = new Map<string, Map<KindIndex, Candidates>>();
/** Namespaces remembered per check and kind before the memo starts over (a long-lived process). */
const MEMO_NAMESPACES = 4096;

/**
 * The entries of `idx` whose namespace and check patterns match, in the order matchIn tries them
 * (exact namespace, then globbed): worked out once per check, kind and namespace, so each of ten
 * thousand workloads tests only names, not every pattern of the list.
 */
function candidates(idx: KindIndex, checkId: string, namespace: string | undefined): Compiled[] {
  let byKind = candidatesByCheck.get(checkId);
  if (!byKind) candidatesByCheck.set(checkId, (byKind = new Map()));
  let byNs = byKind.get(idx);
  if (!byNs || byNs.size >= MEMO_NAMESPACES) byKind.set(idx, (byNs = new Map()));
  let list = byNs.get(namespace);
  if (!list) {
    const forCheck = (c: Compiled): boolean => c.checks.some((re) => re.test(checkId));
    list =
      namespace === undefined
        ? idx.clusterScoped.filter(forCheck)
        : [...(idx.byNamespace.get(namespace) ?? []).filter(forCheck), ...idx.globbed.filter((g) => g.namespace.test(namespace) && forCheck(g.entry)).map((g) => g.entry)];
    byNs.set(namespace, list);
  }
  return list;
}

/** The last lookup: workload checks ask for one namespace's workloads one after another. */
let last: { checkId: string; kind: string; namespace: string | undefined; list: readonly Compiled[] } | undefined;

/** The entry that exempts this resource from this check, if any. */
export function allowlisted(checkId: string, ref: ResourceRef): AllowlistEntry | undefined {
  let list: readonly Compiled[];
  if (last && last.checkId === checkId && last.kind === ref.kind && last.namespace === ref.namespace) list = last.list;
  else {
    // entries for the kind itself first, then those for any pod-bearing kind
    const own = compiled.get(ref.kind);
    const workload = POD_BEARING_KINDS.has(ref.kind) ? compiled.get('Workload') : undefined;
    list = [...(own ? candidates(own, checkId, ref.namespace) : []), ...(workload ? candidates(workload, checkId, ref.namespace) : [])];
    last = { checkId, kind: ref.kind, namespace: ref.namespace, list };
  }
  for (const c of list) if (c.name.test(ref.name)) return c.entry;
  return undefined;
}
