// Score and coverage over time, as the scan history reads it back (`ztaudit trend`) and the HTML
// report draws it. The history store fills it; the report only renders it.
import type { Pillar } from '../engine/types.js';

export interface TrendPoint {
  /** when the scan ran (ISO 8601) */
  at: string;
  /** the history store's id of the scan */
  scanId: string;
  overall: number | null;
  coverage: number | null;
  pillars: Partial<Record<Pillar, { score: number | null; coverage: number | null }>>;
}
