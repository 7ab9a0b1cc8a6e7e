// Where the Kubernetes node files of CIS Kubernetes v1.12 1.1.x and 4.1.x live: kube-bench's
// candidate lists (cfg/config.yaml at the cis-1.12 commit, see fixtures/kube-bench), plus the
// /usr/lib drop-in newer kubeadm packages install. The collection script stats every candidate
// (one fixed list, spliced into the script as constants) and each check looks at its own item.
// kube-bench stops at the first candidate that exists; we assess every one that exists, so a
// stale second copy with weak modes is not hidden by a good first one.

export type K8sNodeItem =
  | 'apiserverManifest'
  | 'controllerManagerManifest'
  | 'schedulerManifest'
  | 'etcdManifest'
  | 'adminKubeconfig'
  | 'schedulerKubeconfig'
  | 'controllerManagerKubeconfig'
  | 'kubeletService'
  | 'kubeletKubeconfig'
  | 'kubeletConfig';

export const K8S_NODE_CANDIDATES: Readonly<Record<K8sNodeItem, readonly string[]>> = {
  apiserverManifest: [
    '/etc/kubernetes/manifests/kube-apiserver.yaml', '/etc/kubernetes/manifests/kube-apiserver.yml', '/etc/kubernetes/manifests/kube-apiserver.manifest',
    '/var/snap/kube-apiserver/current/args', '/var/snap/microk8s/current/args/kube-apiserver', '/etc/origin/master/master-config.yaml',
    '/etc/kubernetes/manifests/talos-kube-apiserver.yaml', '/var/lib/rancher/rke2/agent/pod-manifests/kube-apiserver.yaml',
  ],
  controllerManagerManifest: [
    '/etc/kubernetes/manifests/kube-controller-manager.yaml', '/etc/kubernetes/manifests/kube-controller-manager.yml',
    '/etc/kubernetes/manifests/kube-controller-manager.manifest', '/var/snap/kube-controller-manager/current/args',
    '/var/snap/microk8s/current/args/kube-controller-manager', '/etc/kubernetes/manifests/talos-kube-controller-manager.yaml',
    '/var/lib/rancher/rke2/agent/pod-manifests/kube-controller-manager.yaml',
  ],
  schedulerManifest: [
    '/etc/kubernetes/manifests/kube-scheduler.yaml', '/etc/kubernetes/manifests/kube-scheduler.yml', '/etc/kubernetes/manifests/kube-scheduler.manifest',
    '/var/snap/kube-scheduler/current/args', '/var/snap/microk8s/current/args/kube-scheduler', '/etc/origin/master/scheduler.json',
    '/etc/kubernetes/manifests/talos-kube-scheduler.yaml', '/var/lib/rancher/rke2/agent/pod-manifests/kube-scheduler.yaml',
  ],
  etcdManifest: [
    '/etc/kubernetes/manifests/etcd.yaml', '/etc/kubernetes/manifests/etcd.yml', '/etc/kubernetes/manifests/etcd.manifest', '/etc/etcd/etcd.conf',
    '/var/snap/etcd/common/etcd.conf.yml', '/var/snap/etcd/common/etcd.conf.yaml', '/var/snap/microk8s/current/args/etcd',
    '/usr/lib/systemd/system/etcd.service', '/var/lib/rancher/rke2/server/db/etcd/config', '/var/lib/rancher/k3s/server/db/etcd/config',
  ],
  adminKubeconfig: ['/etc/kubernetes/admin.conf', '/etc/kubernetes/super-admin.conf'],
  schedulerKubeconfig: [
    '/etc/kubernetes/scheduler.conf', '/var/lib/kube-scheduler/kubeconfig', '/var/lib/kube-scheduler/config.yaml',
    '/var/lib/rancher/rke2/server/cred/scheduler.kubeconfig', '/system/secrets/kubernetes/kube-scheduler/kubeconfig',
  ],
  controllerManagerKubeconfig: [
    '/etc/kubernetes/controller-manager.conf', '/var/lib/kube-controller-manager/kubeconfig',
    '/var/lib/rancher/rke2/server/cred/controller.kubeconfig', '/system/secrets/kubernetes/kube-controller-manager/kubeconfig',
  ],
  kubeletService: [
    '/etc/systemd/system/kubelet.service.d/10-kubeadm.conf', '/usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf',
    '/lib/systemd/system/kubelet.service.d/10-kubeadm.conf', '/etc/systemd/system/kubelet.service', '/usr/lib/systemd/system/kubelet.service',
    '/lib/systemd/system/kubelet.service', '/etc/systemd/system/snap.kubelet.daemon.service', '/etc/systemd/system/snap.microk8s.daemon-kubelet.service',
    '/etc/systemd/system/atomic-openshift-node.service', '/etc/systemd/system/origin-node.service',
  ],
  kubeletKubeconfig: [
    '/etc/kubernetes/kubelet.conf', '/etc/kubernetes/kubelet-kubeconfig.conf', '/var/lib/kubelet/kubeconfig', '/etc/kubernetes/kubelet-kubeconfig',
    '/etc/kubernetes/kubelet/kubeconfig', '/etc/kubernetes/ssl/kubecfg-kube-node.yaml', '/var/snap/microk8s/current/credentials/kubelet.config',
    '/etc/kubernetes/kubeconfig-kubelet', '/var/lib/rancher/rke2/agent/kubelet.kubeconfig', '/var/lib/rancher/k3s/agent/kubelet.kubeconfig',
  ],
  kubeletConfig: [
    '/var/lib/kubelet/config.yaml', '/var/lib/kubelet/config.yml', '/etc/kubernetes/kubelet-config.yaml', '/etc/kubernetes/kubelet/kubelet-config.json',
    '/etc/kubernetes/kubelet/config.json', '/etc/kubernetes/kubelet/config', '/etc/kubernetes/kubelet.yaml', '/home/kubernetes/kubelet-config.yaml',
    '/home/kubernetes/kubelet-config.yml', '/etc/default/kubeletconfig.json', '/var/snap/kubelet/current/args', '/var/snap/microk8s/current/args/kubelet',
  ],
};

/** Items whose presence makes a host a control-plane node (static pods or control-plane kubeconfigs). */
export const CONTROL_PLANE_ITEMS: readonly K8sNodeItem[] = [
  'apiserverManifest', 'controllerManagerManifest', 'schedulerManifest', 'etcdManifest', 'adminKubeconfig', 'schedulerKubeconfig', 'controllerManagerKubeconfig',
];

/** Items every node with a kubelet has. */
export const KUBELET_ITEMS: readonly K8sNodeItem[] = ['kubeletService', 'kubeletKubeconfig', 'kubeletConfig'];

/** The PKI folder kubeadm writes (1.1.19 covers everything below it). */
export const K8S_PKI_DIR = '/etc/kubernetes/pki';

/** The etcd manifest whose --data-dir names the data directory when etcd is not running. */
export const ETCD_MANIFEST = '/etc/kubernetes/manifests/etcd.yaml';

/**
 * etcd data directories used when neither the process nor the manifest names one: kube-bench's
 * datadirs, then kubeadm's /var/lib/etcd (what its etcd.yaml passes as --data-dir).
 */
export const ETCD_DATA_DIR_CANDIDATES: readonly string[] = ['/var/lib/etcd/default.etcd', '/var/lib/etcd/data.etcd', '/var/lib/rancher/k3s/server/db/etcd', '/var/lib/etcd'];

/** Only the PKI folder is listed; deeper than this is not a kubeadm layout. */
export const PKI_MAX_DEPTH = 3;
/** At most this many PKI entries are stat'd (kubeadm writes about 22). */
export const PKI_MAX_ENTRIES = 500;

/** Every fixed path the script stats, once each (plain path characters only: they are spliced into the script). */
export const K8S_NODE_STAT_PATHS: readonly string[] = [...new Set([...Object.values(K8S_NODE_CANDIDATES).flat(), ...ETCD_DATA_DIR_CANDIDATES])];
