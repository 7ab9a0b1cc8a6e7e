// The one list of target kinds. Everything that names kinds reads it: the engine's TargetKind
// type, the inventory loader, the CLI's target flags, the SARIF run categories; the JSON Schemas
// (inventory, facts, report) carry the same enums and test/kinds/registry.test.ts holds them equal.
// Adding a kind: an entry here, its providers (src/providers/), its transport if new
// (src/transports/), its checks (checks/<domain>/).

export const TARGET_KINDS = ['linux', 'windows', 'kubernetes', 'vsphere', 'proxmox', 'libvirt', 's3'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** Ways to reach a target. `kube` is the Kubernetes client's own connection (client-node). */
export const TRANSPORT_NAMES = ['local', 'ssh', 'winrm', 'kube', 'https'] as const;
export type TransportName = (typeof TRANSPORT_NAMES)[number];

/** Transports this version can open (src/transports/open.ts); the others make a target unreachable with a reason. */
export const AVAILABLE_TRANSPORTS: readonly TransportName[] = ['local', 'ssh', 'kube'];

export interface KindDefinition {
  kind: TargetKind;
  description: string;
  /** transports a target of this kind may use; the first is the default */
  transports: readonly TransportName[];
  /** the transport for an inventory target that names none */
  defaultTransport(target: { address?: string; root?: string }): TransportName;
  /** command-line flags that name such targets ad hoc */
  flags: readonly string[];
  /** first segment of SARIF pseudo-paths (`ztaudit/k8s/...`); the run category is `ztaudit/<kind>/` */
  sarifPrefix: string;
}

const local = (): TransportName => 'local';

export const KINDS: Readonly<Record<TargetKind, KindDefinition>> = {
  linux: {
    kind: 'linux',
    description: 'a Linux host: this machine, a mounted root, or over SSH',
    transports: ['local', 'ssh'],
    defaultTransport: (t) => (t.root || !t.address ? 'local' : 'ssh'),
    flags: ['--local', '--root', '--ssh'],
    sarifPrefix: 'linux',
  },
  windows: {
    kind: 'windows',
    description: 'a Windows host over WinRM or PowerShell over SSH',
    transports: ['winrm', 'ssh'],
    defaultTransport: () => 'winrm',
    flags: ['--winrm'],
    sarifPrefix: 'windows',
  },
  kubernetes: {
    kind: 'kubernetes',
    description: 'a cluster through its API, or its manifests offline',
    transports: ['kube'],
    defaultTransport: () => 'kube',
    flags: ['--kube', '--kubeconfig', '--context', '--manifests'],
    sarifPrefix: 'k8s',
  },
  vsphere: { kind: 'vsphere', description: 'VMware vCenter or ESXi', transports: ['https'], defaultTransport: () => 'https', flags: [], sarifPrefix: 'vsphere' },
  proxmox: { kind: 'proxmox', description: 'Proxmox VE', transports: ['https'], defaultTransport: () => 'https', flags: [], sarifPrefix: 'proxmox' },
  libvirt: { kind: 'libvirt', description: 'libvirt/KVM through virsh', transports: ['local', 'ssh'], defaultTransport: local, flags: [], sarifPrefix: 'libvirt' },
  s3: { kind: 's3', description: 'S3-compatible object storage', transports: ['https'], defaultTransport: () => 'https', flags: [], sarifPrefix: 's3' },
};

export const isTargetKind = (v: unknown): v is TargetKind => typeof v === 'string' && (TARGET_KINDS as readonly string[]).includes(v);
