// The public API for check packs loaded with `--checks DIR`: a compiled JS module imports
// `defineCheck` from 'ztaudit' and default-exports the check, like the built-in ones.
export { defineCheck, formatMessage } from './engine/check.js';
export type { Check, CheckContext, CheckMeta, CheckOutcome, MessageData, OutcomeOptions } from './engine/check.js';
export type { FactKey, FactTypes, FactsSnapshot } from './engine/facts.js';
export { PILLARS, SEVERITIES, STAGES, STATUSES, TARGET_KINDS } from './engine/types.js';
export type { Outcome, Pillar, ResourceRef, Result, Severity, Stage, Status, TargetKind } from './engine/types.js';
export type { Report } from './report/model.js';
