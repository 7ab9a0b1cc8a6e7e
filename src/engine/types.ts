// Core vocabulary shared by collectors, checks, scoring and reports.
// The JSON report (CONTRACT.md, schemaVersion "1") is built from these shapes.

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const PILLARS = [
  'identity',
  'devices',
  'networks',
  'applications_workloads',
  'data',
  'visibility_analytics',
  'automation_orchestration',
  'governance',
] as const;
export type Pillar = (typeof PILLARS)[number];

/** CISA ZTMM v2 maturity stages, lowest first. */
export const STAGES = ['traditional', 'initial', 'advanced', 'optimal'] as const;
export type Stage = (typeof STAGES)[number];

export const STATUSES = ['pass', 'fail', 'warn', 'error', 'not_applicable'] as const;
export type Status = (typeof STATUSES)[number];

// the kinds are defined once, in the kinds registry
export { TARGET_KINDS, type TargetKind } from '../kinds/names.js';
import type { TargetKind } from '../kinds/names.js';

/** Errors are values: a fact either was collected or carries the reason it was not. */
export type Outcome<T> =
  | { ok: true; value: T }
  | { ok: false; reason: string; notApplicable?: boolean };

export const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const unavailable = (reason: string): Outcome<never> => ({ ok: false, reason });
export const notApplicableFact = (reason: string): Outcome<never> => ({ ok: false, reason, notApplicable: true });

/** Where a finding lives inside a target (a Kubernetes object, a file, a user...). */
export interface ResourceRef {
  kind: string;
  namespace?: string;
  name: string;
}

/** Source position of a finding that came from a file (manifest line for SARIF). */
export interface SourceLocation {
  file: string;
  line: number;
}

export interface TargetRef {
  id: string;
  kind: TargetKind;
  name: string;
  address?: string;
  labels?: Record<string, string>;
}

export type TargetStatus = 'ok' | 'partial' | 'unreachable' | 'skipped';

export interface Result {
  checkId: string;
  targetId: string;
  resource?: ResourceRef;
  status: Status;
  severity: Severity;
  message: string;
  messageId?: string;
  evidence?: string;
  location?: SourceLocation;
  fingerprint: string;
  exception?: { reason: string; expires?: string; pattern: string };
  baselineState?: 'new' | 'unchanged' | 'absent';
  /** fraction of credit for a warn (0..1); default 0.5 */
  credit?: number;
}
