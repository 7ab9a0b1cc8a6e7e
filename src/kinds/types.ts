// A target as the collection stage sees it, and the collector interface: per kind, the I/O for
// one target in as few round trips as it can (src/collect/collectors.ts builds it from the
// providers and transports). Every fact it cannot gather is an Outcome with the reason.
import type { Outcome, TargetRef, TargetStatus } from '../engine/types.js';
import type { TransportName } from './names.js';

/** A target to collect, with the kind-specific options (root dir, kubeconfig, manifest paths...). */
export interface TargetSpec extends TargetRef {
  options: TargetOptions;
}

export interface TargetOptions {
  /** how the target is reached; the kind's default when absent (src/kinds/registry.ts) */
  transport?: TransportName;
  /** ssh: port and login name */
  port?: number;
  user?: string;
  /** ssh: run the host script under `sudo -n` */
  become?: 'sudo';
  /** ssh: known_hosts file to verify the host key with (default ~/.ssh/known_hosts) */
  knownHosts?: string;
  /** ssh: record an unknown host key (OpenSSH's accept-new) */
  acceptNewHostKey?: boolean;
  /** ssh: jump hosts, [user@]host[:port], in order */
  jump?: string[];
  /** linux: audit a mounted root filesystem instead of / */
  root?: string;
  /** kubernetes: offline manifest files/folders */
  manifests?: string[];
  /** kubernetes: live cluster */
  kubeconfig?: string;
  context?: string;
  /** HTTPS kinds (winrm, proxmox, vsphere, s3): PEM file of the CA(s) that verify the certificate; the system CAs when absent */
  ca?: string;
  /** libvirt: the connection URI virsh is given (on the SSH host for a +ssh URI), and that host */
  uri?: string;
  sshHost?: string;
  /** free-form extras from an inventory */
  [key: string]: unknown;
}

export interface CollectContext {
  /** per-target budget */
  timeoutMs: number;
  signal: AbortSignal;
  /** verbose diagnostics (stderr, only with -v) */
  log(message: string): void;
  /** the facts the selected checks read (undefined: every fact of the kind) */
  wanted?: ReadonlySet<string>;
}

export interface Collected {
  facts: Record<string, Outcome<unknown>>;
  /** 'partial' when some facts failed; 'unreachable' when nothing could be gathered */
  status?: TargetStatus;
  error?: string;
}

export interface Collector {
  kind: string;
  /** transports it speaks; a target on another one is unreachable with the reason */
  transports?: readonly string[];
  collect(target: TargetSpec, ctx: CollectContext): Promise<Collected>;
}
