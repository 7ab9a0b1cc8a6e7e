// The names of target kinds and transports: the vocabulary every layer shares (no imports here,
// so the engine can name kinds without depending on how they are collected).

export const TARGET_KINDS = ['linux', 'windows', 'kubernetes', 'vsphere', 'proxmox', 'libvirt', 's3'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** Ways to reach a target. `kube` is the Kubernetes client's own connection (client-node). */
export const TRANSPORT_NAMES = ['local', 'ssh', 'winrm', 'kube', 'https'] as const;
export type TransportName = (typeof TRANSPORT_NAMES)[number];

/** Transports this version can open (src/transports/open.ts); the others make a target unreachable with a reason. */
export const AVAILABLE_TRANSPORTS: readonly TransportName[] = ['local', 'ssh', 'winrm', 'kube', 'https'];
