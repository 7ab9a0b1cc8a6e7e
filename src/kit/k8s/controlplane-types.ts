// Control-plane and kubelet facts (kube-bench-style CIS checks read these).
// Flags come from the static (mirror) pods of kube-system: one flag map per component instance.
// A managed control plane (EKS/GKE/AKS) shows no such pods: the facts are then `notApplicable`
// with the reason, so the CIS control-plane checks say so instead of passing or failing.
import type { SourceLocation } from '../../engine/types.js';

export const CONTROL_PLANE_COMPONENTS = ['apiserver', 'controllerManager', 'scheduler', 'etcd'] as const;
export type ControlPlaneComponentName = (typeof CONTROL_PLANE_COMPONENTS)[number];

/** One running copy of a component (one control-plane node). */
export interface ControlPlaneInstance {
  /** the pod it runs in */
  pod: { namespace: string; name: string };
  node?: string;
  container: string;
  /** `--name=value` / `--name value` / bare `--name` (= "true"); a repeated flag keeps its last value */
  flags: Record<string, string>;
  /** etcd only: flags given as ETCD_* environment variables are folded into `flags` too */
  location?: SourceLocation;
}

export interface ControlPlaneComponent {
  component: ControlPlaneComponentName;
  /** the flags of the first instance (by node, then pod name); YAML checks read `flags.<name>` */
  flags: Record<string, string>;
  /** every instance seen, so a check can look for drift between control-plane nodes */
  instances: ControlPlaneInstance[];
}

export interface ControlPlaneFacts {
  /** where the flags were read: static pods from the API or from a manifest dump */
  source: 'live' | 'manifests';
  apiserver?: ControlPlaneComponent;
  controllerManager?: ControlPlaneComponent;
  scheduler?: ControlPlaneComponent;
  etcd?: ControlPlaneComponent;
}

/** The kubelet configuration of one node (KubeletConfiguration v1beta1 field names). */
export interface KubeletNodeConfig {
  /** node name, or the ConfigMap / file a cluster-wide template came from */
  node: string;
  /** e.g. "configz" (live, effective config) or "configmap kube-system/kubelet-config" */
  source: string;
  /** the effective configuration when it could be read */
  config?: Record<string, unknown>;
  /** why it could not be read for this node (e.g. "configz: HTTP 503") */
  reason?: string;
  location?: SourceLocation;
}

export interface KubeletFacts {
  nodes: KubeletNodeConfig[];
}

/** kube-proxy as deployed by a DaemonSet in kube-system (kubeadm style). */
export interface KubeProxyFacts {
  /** the DaemonSet it came from */
  daemonSet: { namespace: string; name: string };
  /** container flags */
  flags: Record<string, string>;
  /** KubeProxyConfiguration from the ConfigMap mounted for --config, when found */
  config?: Record<string, unknown>;
  /** "configmap kube-system/kube-proxy" when the config came from there */
  configSource?: string;
  location?: SourceLocation;
}

declare module '../../engine/facts.js' {
  interface FactTypes {
    /** all control-plane components seen (absent keys = that component's pod is not visible) */
    'k8s.controlplane': ControlPlaneFacts;
    /** per component, so an external etcd makes only the etcd checks not_applicable */
    'k8s.apiserver': ControlPlaneComponent;
    'k8s.controller-manager': ControlPlaneComponent;
    'k8s.scheduler': ControlPlaneComponent;
    'k8s.etcd': ControlPlaneComponent;
    'k8s.kubelets': KubeletFacts;
    'k8s.kube-proxy': KubeProxyFacts;
  }
}
