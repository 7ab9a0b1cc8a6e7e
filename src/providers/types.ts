// A fact provider says what it knows how to find out and how, in the spirit of Telegraf's
// inputs: the facts it provides, the target kinds and facet it serves, what it asks the target
// (a POSIX-sh section, or API calls through a transport), and a pure parse of the answer.
// The collection stage picks, per target, the providers that the selected checks need and
// composes the shell ones into one script: one round trip per host.
import type { TargetSpec } from '../kinds/types.js';
import type { FactKey } from '../engine/facts.js';
import type { Outcome, TargetKind, TargetStatus } from '../engine/types.js';
import type { Section } from './shell/sections.js';
import type { Transport } from '../transports/types.js';

export type FactMap = Record<string, Outcome<unknown>>;

/** What a shell provider's parse sees besides its own sections. */
export interface ShellParseContext {
  /** the audited root ("/" for the running system) */
  root: string;
  /** 'live' when reading a running system, 'offline' for a mounted root */
  mode: 'live' | 'offline';
  /** facts already parsed by the providers named in `needs` */
  facts: Readonly<FactMap>;
}

interface ProviderBase {
  /** unique, dotted: 'linux.sshd', 'k8s-node.files', 'gpu.nvidia' */
  id: string;
  kinds: readonly TargetKind[];
  /** which side of the target it looks at: 'host', 'k8s-node', 'gpu', 'storage', 'hypervisor', 'api' */
  facet: string;
  /** fact keys it fills (every one of them, on every run: a fact it could not gather carries the reason) */
  facts: readonly FactKey[];
}

/** Adds sections to a host's one script; parses them purely. */
export interface ShellProvider extends ProviderBase {
  type: 'shell';
  /** composed for every target of its kinds, whatever the selection (the host's identity and mode) */
  always?: boolean;
  /** section name -> shell text defining the function `s_<name>` (helpers: zt_file, zt_glob, zt_cmd, have; $R, $MODE, $UID0) */
  sections: Readonly<Record<string, string>>;
  /** providers whose facts parse() reads; they are composed and parsed first */
  needs?: readonly string[];
  parse(get: (section: string) => Section | undefined, ctx: ShellParseContext): FactMap;
}

export interface ApiCollectContext {
  timeoutMs: number;
  signal: AbortSignal;
  log(message: string): void;
  /** facts the target's shell providers (and earlier API providers) gathered in this collection */
  facts?: Readonly<FactMap>;
  /** the facts the selected checks read (undefined: all of them); an API provider may skip the calls of the others */
  wanted?: ReadonlySet<string>;
}

export interface ApiCollected {
  facts: FactMap;
  status?: TargetStatus;
  error?: string;
}

/** Talks to an API (Kubernetes, Proxmox, S3...) through the transport or its own client. */
export interface ApiProvider extends ProviderBase {
  type: 'api';
  collect(target: TargetSpec, transport: Transport | undefined, ctx: ApiCollectContext): Promise<ApiCollected>;
}

export type Provider = ShellProvider | ApiProvider;
