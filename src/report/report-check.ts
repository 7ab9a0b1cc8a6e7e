import type { Check } from '../engine/check.js';
import type { ReportCheck } from './model.js';

/** A check's metadata as the JSON report (and `checks list --json`) shows it. */
export const reportCheck = (c: Pick<Check, 'meta'>): ReportCheck => ({
  id: c.meta.id,
  title: c.meta.title,
  severity: c.meta.severity,
  pillar: c.meta.pillar,
  ...(c.meta.function ? { function: c.meta.function } : {}),
  stage: c.meta.stage,
  targetKinds: [...c.meta.targetKinds],
  references: [...c.meta.references],
  remediation: c.meta.remediation,
  ...(c.meta.rationale ? { rationale: c.meta.rationale } : {}),
});
