// What the registry knows about one kind of target.
import type { TargetSpec } from './types.js';
import type { TargetKind, TransportName } from './names.js';

/** One command-line option of a kind, as commander takes it. */
export interface KindFlag {
  /** '--ssh <dest>', '--local' */
  flags: string;
  description: string;
  repeatable?: boolean;
}

/** Parsed option values by commander's camelCase name (`--ssh-accept-new` -> sshAcceptNew). */
export type FlagValues = Readonly<Record<string, unknown>>;

export interface KindDefinition {
  kind: TargetKind;
  description: string;
  /** transports a target of this kind may use; the first is the default */
  transports: readonly TransportName[];
  /** the transport for an inventory target that names none */
  defaultTransport(target: { address?: string; root?: string }): TransportName;
  /** its command-line options (scan and collect) */
  flags: readonly KindFlag[];
  /** the targets its options name (none when they name none); a bad value is a UsageError */
  fromFlags(values: FlagValues): TargetSpec[];
  /** arguments the host script gets after the root (`sh -s -- ROOT ARGS...`), e.g. a libvirt URI as "$2" */
  scriptArgs?(target: TargetSpec): string[];
  /** an inventory address this kind cannot use: throws one line saying why (a libvirt URI, an endpoint URL) */
  checkAddress?(address: string): void;
  /** inventory `options` this kind cannot use: throws one line naming the field */
  checkOptions?(options: Record<string, unknown>): void;
  /** first segment of SARIF pseudo-paths (`ztaudit/k8s/...`); the run category is `ztaudit/<kind>/` */
  sarifPrefix: string;
}

/** A kind with no command-line options of its own (inventory only, for now). */
export const inventoryOnly = (def: Omit<KindDefinition, 'flags' | 'fromFlags'>): KindDefinition => ({ ...def, flags: [], fromFlags: () => [] });

/** The list of strings of a repeatable option, [] when absent. */
export const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
export const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
