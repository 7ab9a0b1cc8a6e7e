// The JSON report (CONTRACT.md, schemaVersion "1"). Writers render it; they never recompute scores.
import type { Score } from '../scoring/types.js';
import type { TrendPoint } from './trend.js';
import type { Pillar, Result, Severity, Stage, TargetKind, TargetStatus } from '../engine/types.js';

export interface ReportTarget {
  id: string;
  kind: TargetKind;
  name: string;
  address?: string;
  labels?: Record<string, string>;
  status: TargetStatus;
  error?: string;
  durationMs: number;
}

export interface ReportCheck {
  id: string;
  title: string;
  severity: Severity;
  pillar: Pillar;
  function?: string;
  stage?: Stage;
  targetKinds: TargetKind[];
  references: string[];
  remediation: string;
  rationale?: string;
}

export interface Summary {
  total: number;
  pass: number;
  fail: number;
  warn: number;
  error: number;
  notApplicable: number;
  excepted: number;
  /** open failing results by severity */
  failing: Record<Severity, number>;
  /** with --baseline */
  new?: number;
  absent?: number;
}

export interface Gate {
  passed: boolean;
  reasons: string[];
}

export interface ExpiredException {
  check: string;
  target?: string;
  resource?: string;
  reason: string;
  expires: string;
}

export interface Report {
  schemaVersion: '1';
  tool: { name: 'ztaudit'; version: string };
  scan: {
    id: string;
    startedAt: string;
    finishedAt: string;
    durationMs: number;
    shard?: string;
    /** digest of the selected check catalogue: reports to merge must share it */
    catalogue?: string;
  };
  targets: ReportTarget[];
  checks: ReportCheck[];
  results: Result[];
  score: Score;
  summary: Summary;
  gate: Gate;
  /** accepted risks whose `expires` date has passed: they no longer apply */
  expiredExceptions?: ExpiredException[];
  /** extra analyses keyed by name (e.g. "blastRadius" from the NetworkPolicy engine) */
  analyses?: Record<string, unknown>;
}

/**
 * A writer renders a report as chunks of text (a generator function yielding strings), so a large
 * report is written as it is produced and never held as one string. A writer that returns one
 * string is accepted too (one chunk).
 */
export type ReportWriter = (report: Report, opts: WriterOptions) => Iterable<string> | string;

export interface WriterOptions {
  color: boolean;
  /** columns the table may use (the terminal's, COLUMNS, or 120); other formats ignore it */
  width?: number;
  /** the table prints only its header and exit status (`scan -q`) */
  summaryOnly?: boolean;
  /** the table lists passes too (`scan -v`) */
  withPasses?: boolean;
  /** how the table groups findings (`--group-by`; default pillar) */
  groupBy?: GroupBy;
  /** score and coverage over time from the scan history (`--history`); the HTML report draws it */
  trend?: readonly TrendPoint[];
}

export const GROUP_BY = ['pillar', 'target', 'check', 'severity'] as const;
export type GroupBy = (typeof GROUP_BY)[number];
