// Accepted risks (`--exceptions FILE`): a YAML list of {check, target?, resource?, reason,
// expires?}. A matching, unexpired exception marks a failing result as excepted: it still scores
// 0 but no longer trips the gate. Expired ones stop applying and are reported, never silently kept.
import { readFileSync } from 'node:fs';
import { picomatchPackage, yamlPackage } from '../engine/lazy.js';
import { UsageError, errorMessage } from '../engine/errors.js';
import type { Result } from '../engine/types.js';
import type { ExpiredException } from './model.js';

export interface ExceptionRule {
  check: string;
  target?: string;
  resource?: string;
  reason: string;
  /** YYYY-MM-DD, inclusive: the exception applies through that day (UTC) */
  expires?: string;
}

const FIELDS = new Set(['check', 'target', 'resource', 'reason', 'expires']);
const isDate = (s: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** Validate parsed YAML; accepts a list or `{exceptions: [...]}`. */
export function validateExceptions(raw: unknown, file: string): ExceptionRule[] {
  const fail = (msg: string): never => {
    throw new UsageError(`exceptions ${file}: ${msg}`);
  };
  const list = Array.isArray(raw) ? raw : raw && typeof raw === 'object' && Array.isArray((raw as { exceptions?: unknown }).exceptions) ? (raw as { exceptions: unknown[] }).exceptions : fail('expected a list of exceptions');
  return list.map((item, i): ExceptionRule => {
    const where = `entry ${i + 1}`;
    if (!item || typeof item !== 'object' || Array.isArray(item)) return fail(`${where}: must be a mapping`);
    const e = item as Record<string, unknown>;
    for (const k of Object.keys(e)) if (!FIELDS.has(k)) fail(`${where}: unknown field "${k}"`);
    const str = (k: string, required: boolean): string | undefined => {
      const v = e[k];
      if (v === undefined || v === null) return required ? fail(`${where}: "${k}" is required`) : undefined;
      if (typeof v !== 'string' || v.trim() === '') return fail(`${where}: "${k}" must be a non-empty string`);
      return v;
    };
    const check = str('check', true)!;
    const reason = str('reason', true)!;
    const target = str('target', false);
    const resource = str('resource', false);
    // YAML reads an unquoted 2026-01-31 as a Date; accept it as the day it names
    const rawExpires = e.expires instanceof Date && !Number.isNaN(e.expires.getTime()) ? e.expires.toISOString().slice(0, 10) : e.expires;
    let expires: string | undefined;
    if (rawExpires !== undefined && rawExpires !== null) {
      if (typeof rawExpires !== 'string' || !isDate(rawExpires)) fail(`${where}: "expires" must be a date YYYY-MM-DD`);
      expires = rawExpires as string;
    }
    for (const [k, glob] of [['check', check], ['target', target], ['resource', resource]] as const) {
      if (glob === undefined) continue;
      try {
        picomatchPackage().makeRe(glob, { bash: true, dot: true });
      } catch (err) {
        fail(`${where}: bad ${k} pattern "${glob}": ${errorMessage(err)}`);
      }
    }
    return { check, reason, ...(target ? { target } : {}), ...(resource ? { resource } : {}), ...(expires ? { expires } : {}) };
  });
}

export function parseExceptions(text: string, file: string): ExceptionRule[] {
  let raw: unknown;
  try {
    raw = yamlPackage().parse(text, { prettyErrors: false, logLevel: 'error' });
  } catch (err) {
    throw new UsageError(`exceptions ${file}: invalid YAML: ${errorMessage(err).split('\n')[0]}`);
  }
  if (raw === null || raw === undefined) return [];
  return validateExceptions(raw, file);
}

export function loadExceptions(file: string): ExceptionRule[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read exceptions ${file}: ${(err as NodeJS.ErrnoException).code ?? errorMessage(err)}`);
  }
  return parseExceptions(text, file);
}

/** "kind/namespace/name" for namespaced resources, else "kind/name". */
export const resourcePath = (r: NonNullable<Result['resource']>): string => (r.namespace ? `${r.kind}/${r.namespace}/${r.name}` : `${r.kind}/${r.name}`);

const patternOf = (e: ExceptionRule): string => [e.check, e.target ?? '*', e.resource ?? '*'].join(' ');

export const isExpired = (e: ExceptionRule, today: string): boolean => e.expires !== undefined && e.expires < today;

/**
 * Mark failing/warning results covered by an unexpired rule. `today` is YYYY-MM-DD (UTC).
 * Returns new results (input untouched) and the expired rules.
 */
export function applyExceptions(results: readonly Result[], rules: readonly ExceptionRule[], today: string): { results: Result[]; expired: ExpiredException[] } {
  const live = rules.filter((e) => !isExpired(e, today));
  const expired = rules
    .filter((e) => isExpired(e, today))
    .map((e): ExpiredException => ({ check: e.check, ...(e.target ? { target: e.target } : {}), ...(e.resource ? { resource: e.resource } : {}), reason: e.reason, expires: e.expires! }));
  const opts = { bash: true, dot: true } as const;
  const compiled = live.map((e) => ({
    rule: e,
    check: picomatchPackage()(e.check, opts),
    target: e.target ? picomatchPackage()(e.target, opts) : undefined,
    resource: e.resource ? picomatchPackage()(e.resource, opts) : undefined,
  }));
  const out = results.map((r) => {
    if (r.status !== 'fail' && r.status !== 'warn') return r;
    const hit = compiled.find(
      (c) => c.check(r.checkId) && (!c.target || c.target(r.targetId)) && (!c.resource || (r.resource !== undefined && c.resource(resourcePath(r.resource)))),
    );
    if (!hit) return r;
    return { ...r, exception: { reason: hit.rule.reason, ...(hit.rule.expires ? { expires: hit.rule.expires } : {}), pattern: patternOf(hit.rule) } };
  });
  return { results: out, expired };
}
