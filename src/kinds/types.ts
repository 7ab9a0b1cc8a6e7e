// A collector does the I/O for one target kind, in as few round trips as it can, and hands the
// raw output to pure parsers. Every fact it cannot gather is an Outcome with the reason.
import type { Outcome, TargetRef, TargetStatus } from '../engine/types.js';

/** A target to collect, with the kind-specific options (root dir, kubeconfig, manifest paths...). */
export interface TargetSpec extends TargetRef {
  options: TargetOptions;
}

export interface TargetOptions {
  /** linux: 'local' (this machine) or 'ssh' */
  transport?: 'local' | 'ssh';
  /** linux: audit a mounted root filesystem instead of / */
  root?: string;
  /** kubernetes: offline manifest files/folders */
  manifests?: string[];
  /** kubernetes: live cluster */
  kubeconfig?: string;
  context?: string;
  /** free-form extras from an inventory */
  [key: string]: unknown;
}

export interface CollectContext {
  /** per-target budget */
  timeoutMs: number;
  signal: AbortSignal;
  /** verbose diagnostics (stderr, only with -v) */
  log(message: string): void;
}

export interface Collected {
  facts: Record<string, Outcome<unknown>>;
  /** 'partial' when some facts failed; 'unreachable' when nothing could be gathered */
  status?: TargetStatus;
  error?: string;
}

export interface Collector {
  kind: string;
  collect(target: TargetSpec, ctx: CollectContext): Promise<Collected>;
}
