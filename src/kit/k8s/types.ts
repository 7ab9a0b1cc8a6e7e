// The slice of the Kubernetes pod API that posture checks read. Facts are plain JSON from a
// cluster or from hand-written manifests, so every field is optional and may have the wrong
// type: readers below treat anything but the exact expected value as "not set".

export interface Capabilities {
  add?: string[];
  drop?: string[];
}

export interface SecurityContext {
  privileged?: boolean;
  allowPrivilegeEscalation?: boolean;
  runAsNonRoot?: boolean;
  runAsUser?: number;
  readOnlyRootFilesystem?: boolean;
  capabilities?: Capabilities;
  seccompProfile?: { type?: string; localhostProfile?: string };
  procMount?: string;
  windowsOptions?: { hostProcess?: boolean };
}

export interface EnvVar {
  name?: string;
  value?: string;
  valueFrom?: {
    secretKeyRef?: { name?: string; key?: string };
    configMapKeyRef?: { name?: string; key?: string };
    fieldRef?: unknown;
    resourceFieldRef?: unknown;
  };
}

export interface EnvFromSource {
  prefix?: string;
  secretRef?: { name?: string };
  configMapRef?: { name?: string };
}

export interface ContainerPort {
  name?: string;
  containerPort?: number;
  hostPort?: number;
  protocol?: string;
}

export interface Container {
  name?: string;
  image?: string;
  env?: EnvVar[];
  envFrom?: EnvFromSource[];
  securityContext?: SecurityContext;
  resources?: { limits?: Record<string, unknown>; requests?: Record<string, unknown> };
  ports?: ContainerPort[];
  volumeMounts?: { name?: string; mountPath?: string; readOnly?: boolean }[];
}

export interface Volume {
  name?: string;
  hostPath?: { path?: string; type?: string };
  secret?: { secretName?: string };
  projected?: { sources?: { secret?: { name?: string }; serviceAccountToken?: unknown }[] };
  [key: string]: unknown;
}

export interface PodSecurityContext {
  runAsNonRoot?: boolean;
  runAsUser?: number;
  seccompProfile?: { type?: string; localhostProfile?: string };
  windowsOptions?: { hostProcess?: boolean };
}

export interface PodSpec {
  containers?: Container[];
  initContainers?: Container[];
  ephemeralContainers?: Container[];
  hostPID?: boolean;
  hostIPC?: boolean;
  hostNetwork?: boolean;
  volumes?: Volume[];
  securityContext?: PodSecurityContext;
  serviceAccountName?: string;
  /** deprecated alias of serviceAccountName */
  serviceAccount?: string;
  automountServiceAccountToken?: boolean;
  os?: { name?: string };
  nodeSelector?: Record<string, string>;
}

export interface PolicyRule {
  apiGroups?: string[];
  resources?: string[];
  verbs?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

export interface Subject {
  kind?: string;
  name?: string;
  namespace?: string;
  apiGroup?: string;
}

export interface RoleRef {
  kind?: string;
  name?: string;
  apiGroup?: string;
}
