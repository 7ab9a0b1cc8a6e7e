// A check is one module: metadata plus one pure function (modelled on ESLint rules).
import type { FactKey, FactTypes } from './facts.js';
import type { Pillar, ResourceRef, Severity, SourceLocation, Stage, Status, TargetKind } from './types.js';

export interface CheckMeta<M extends string = string> {
  /** stable, dotted, unique; never reused */
  id: string;
  title: string;
  /** why it matters (shown by `checks show`) */
  rationale?: string;
  severity: Severity;
  pillar: Pillar;
  /** the CISA ZTMM function within the pillar, e.g. "Authentication" */
  function?: string;
  /** lowest maturity stage this check evidences */
  stage: Stage;
  targetKinds: readonly TargetKind[];
  /** fact keys resolved by the engine before evaluate() runs */
  facts: readonly string[];
  references: readonly string[];
  remediation: string;
  /** messages by id; `{{name}}` placeholders are filled from the data passed with the id */
  messages: Readonly<Record<M, string>>;
  /** old ids that keep resolving to this check */
  aliases?: readonly string[];
  /** benchmark item ids this check implements, e.g. CIS Kubernetes ids ["1.2.1"] */
  cis?: readonly string[];
}

export type MessageData = Readonly<Record<string, string | number | boolean>>;

export interface OutcomeOptions {
  resource?: ResourceRef;
  /** this result's severity when it differs from the check's (e.g. from a CVSS score) */
  severity?: Severity;
  evidence?: string;
  location?: SourceLocation;
}

/** What evaluate() returns for one resource (or for the target as a whole). */
export interface CheckOutcome {
  status: Status;
  messageId?: string;
  message: string;
  resource?: ResourceRef;
  evidence?: string;
  location?: SourceLocation;
  /** overrides meta.severity for this result */
  severity?: Severity;
  /** credit for warn, 0..1 (defaults to 0.5 in scoring) */
  credit?: number;
}

export interface CheckContext<M extends string> {
  pass(messageId?: M, data?: MessageData, opts?: OutcomeOptions): CheckOutcome;
  fail(messageId: M, data?: MessageData, opts?: OutcomeOptions): CheckOutcome;
  warn(messageId: M, data?: MessageData, opts?: OutcomeOptions & { credit?: number }): CheckOutcome;
  notApplicable(reason: string, opts?: OutcomeOptions): CheckOutcome;
  /** could not assess: never a pass */
  error(reason: string, opts?: OutcomeOptions): CheckOutcome;
}

export type FactValues<K extends string> = { readonly [P in K]: P extends FactKey ? FactTypes[P] : unknown };

export interface Check<K extends string = string, M extends string = string> {
  meta: CheckMeta<M> & { facts: readonly K[] };
  evaluate(facts: FactValues<K>, ctx: CheckContext<M>): CheckOutcome | readonly CheckOutcome[];
  /** file the check was loaded from (set by the registry) */
  file?: string;
}

/** Declare a check; the generics make a misspelled fact key or message id a compile error. */
export function defineCheck<const K extends FactKey, const M extends string>(
  check: Omit<CheckMeta, 'facts' | 'messages'> & {
    facts: readonly K[];
    messages: Readonly<Record<M, string>>;
    evaluate(facts: FactValues<K>, ctx: CheckContext<M>): CheckOutcome | readonly CheckOutcome[];
  },
): Check<K, M> {
  const { evaluate, ...meta } = check;
  return { meta, evaluate };
}

/** A message template cut at its placeholders: text, or a key with the placeholder as written. */
type TemplatePart = string | { key: string; whole: string };
const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
const templates = new Map<string, readonly TemplatePart[]>();
/** Templates remembered (checks have a few each; a pack could make more, and the memo stays bounded). */
const TEMPLATES_KEPT = 10_000;

function partsOf(template: string): readonly TemplatePart[] {
  let parts = templates.get(template);
  if (parts) return parts;
  const out: TemplatePart[] = [];
  let at = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (m.index > at) out.push(template.slice(at, m.index));
    out.push({ key: m[1]!, whole: m[0] });
    at = m.index + m[0].length;
  }
  if (at < template.length) out.push(template.slice(at));
  parts = out;
  if (templates.size < TEMPLATES_KEPT) templates.set(template, parts);
  return parts;
}

/**
 * `{{name}}` placeholders filled from `data` (one left as written when data has no such key). The
 * template is cut at its placeholders once, not scanned by a regular expression per message: a
 * large cluster formats a quarter million of them.
 */
export function formatMessage(template: string, data?: MessageData): string {
  if (!data) return template;
  // joined, not concatenated: one flat string per message (a quarter million of them outlive the
  // evaluation), not a tree of string parts that is flattened into a second copy when first read
  const parts = partsOf(template);
  const out: string[] = new Array<string>(parts.length);
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    out[i] = typeof p === 'string' ? p : Object.prototype.hasOwnProperty.call(data, p.key) ? String(data[p.key]) : p.whole;
  }
  return out.join('');
}

export function makeContext<M extends string>(meta: CheckMeta<M>): CheckContext<M> {
  const text = (id: M | undefined, data?: MessageData): string => {
    if (id === undefined) return meta.title;
    const template = meta.messages[id];
    if (template === undefined) throw new Error(`check ${meta.id}: unknown messageId "${id}"`);
    return formatMessage(template, data);
  };
  // One object per outcome, options folded in as it is made (checks return a quarter million of
  // them on a large cluster: no copy per outcome).
  const make = (status: CheckOutcome['status'], messageId: string | undefined, message: string, opts?: OutcomeOptions, credit?: number): CheckOutcome => {
    const out: CheckOutcome = { status, message };
    if (messageId !== undefined) out.messageId = messageId;
    if (credit !== undefined) out.credit = credit;
    if (opts) {
      if (opts.resource) out.resource = opts.resource;
      if (opts.evidence !== undefined) out.evidence = opts.evidence;
      if (opts.location) out.location = opts.location;
      if (opts.severity) out.severity = opts.severity;
    }
    return out;
  };
  return {
    pass: (id, data, opts) => make('pass', id ? id : undefined, text(id, data), opts),
    fail: (id, data, opts) => make('fail', id, text(id, data), opts),
    warn: (id, data, opts) => make('warn', id, text(id, data), opts, opts?.credit),
    notApplicable: (reason, opts) => make('not_applicable', undefined, reason, opts),
    error: (reason, opts) => make('error', undefined, reason, opts),
  };
}
