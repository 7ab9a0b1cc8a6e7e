import type { Outcome, TargetRef, TargetStatus } from './types.js';

/**
 * The typed fact catalogue. Each collector domain adds its keys by declaration merging,
 * in its own types file, so no shared file has to change when a domain grows:
 *
 *   declare module '../../engine/facts.js' {
 *     interface FactTypes { 'linux.sshd': SshdFacts }
 *   }
 *
 * Checks name the keys they read in `facts`; the engine resolves them before `evaluate`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface FactTypes {}

export type FactKey = keyof FactTypes & string;

/** Facts as collected: every key is an Outcome, so "could not collect" travels with its reason. */
export type Facts = { readonly [K in FactKey]?: Outcome<FactTypes[K]> };

/** What one target contributed to a snapshot. */
export interface TargetFacts {
  target: TargetRef;
  status: TargetStatus;
  error?: string;
  durationMs: number;
  facts: Record<string, Outcome<unknown>>;
}

/** A facts snapshot (`collect -o`, `--save-facts`, `scan --facts`): plain JSON. */
export interface FactsSnapshot {
  kind: 'ztaudit-facts';
  schemaVersion: '1';
  tool: { name: 'ztaudit'; version: string };
  collectedAt: string;
  targets: TargetFacts[];
}
