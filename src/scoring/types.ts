import type { Pillar, Stage } from '../engine/types.js';

export const FORMULA_VERSION = 1;

export interface PillarScore {
  /** 0..100, or null when there is no assessed evidence (coverage below 50% keeps the score, nulls the stage) */
  score: number | null;
  /** null: insufficient evidence (nothing assessed, or coverage below 50%) */
  stage: Stage | null;
  /** assessed weight / applicable weight, 0..100 (null when nothing applicable) */
  coverage: number | null;
  pass: number;
  fail: number;
  warn: number;
  error: number;
  notApplicable: number;
}

export interface Score {
  formulaVersion: number;
  overall: number | null;
  stage: Stage | null;
  coverage: number | null;
  pillars: Record<Pillar, PillarScore>;
}
