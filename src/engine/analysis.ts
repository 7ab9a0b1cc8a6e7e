// What an analysis is (see analyses.ts for the registry). Its own file, so an analyser such as
// src/netpol/blast-analysis.ts can implement it without importing the registry that loads it.
import type { TargetFacts } from './facts.js';
import type { TargetKind } from './types.js';

export interface Analysis<T = unknown> {
  name: string;
  targetKinds: readonly TargetKind[];
  /** returns undefined when the facts it needs are missing */
  run(target: TargetFacts): T | undefined;
}
