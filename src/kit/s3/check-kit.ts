// Helpers for the storage.s3.* checks: one result per bucket, where a setting the endpoint does not
// implement is not_applicable and one it could not read is an error (never a pass), and the
// readings of ACLs and bucket policies the checks share. Pure: no I/O.
import type { CheckContext, CheckOutcome } from '../../engine/check.js';
import type { ResourceRef } from '../../engine/types.js';
import type { S3Bucket, S3Facts, S3Policy, S3PolicyStatement, S3PublicAccessBlock, S3Read } from './facts.js';
import './facts.js';

export const bucketRef = (name: string): ResourceRef => ({ kind: 'Bucket', name });

/** What a judge says about one bucket: a pass or fail with its message, or "does not apply" with the reason. */
export type Verdict<M extends string> = { pass: M | undefined; data?: Record<string, string | number | boolean>; evidence?: string } | { fail: M; data?: Record<string, string | number | boolean>; evidence?: string } | { notApplicable: string };

type VerdictData = Record<string, string | number | boolean>;
/** Verdict builders (they keep a judge's branches one type). */
export const passes = <M extends string>(id: M, data?: VerdictData): Verdict<M> => ({ pass: id, ...(data ? { data } : {}) });
export const fails = <M extends string>(id: M, data?: VerdictData, evidence?: string): Verdict<M> => ({ fail: id, ...(data ? { data } : {}), ...(evidence ? { evidence } : {}) });

/**
 * One outcome per bucket for the setting `read` picks: `judge` sees the value only when the call
 * answered; an API the endpoint lacks is not_applicable with its reason, a failed call an error.
 * `only` limits the check to some buckets (backup buckets); the others are not_applicable.
 */
export function perBucket<M extends string, T>(
  facts: S3Facts,
  ctx: CheckContext<M>,
  read: (b: S3Bucket) => S3Read<T>,
  judge: (value: T, b: S3Bucket) => Verdict<M>,
  only?: { test: (b: S3Bucket) => boolean; otherwise: string },
): CheckOutcome[] {
  const out: CheckOutcome[] = [];
  for (const b of facts.buckets) {
    const resource = bucketRef(b.name);
    if (only && !only.test(b)) {
      out.push(ctx.notApplicable(`${b.name}: ${only.otherwise}`, { resource }));
      continue;
    }
    const r = read(b);
    if (r.state === 'not_implemented') out.push(ctx.notApplicable(`${b.name}: ${r.reason}`, { resource }));
    else if (r.state === 'error') out.push(ctx.error(`${b.name}: ${r.reason}`, { resource }));
    else {
      const v = judge(r.value, b);
      const data = { bucket: b.name, ...('data' in v ? v.data : {}) };
      if ('notApplicable' in v) out.push(ctx.notApplicable(`${b.name}: ${v.notApplicable}`, { resource }));
      else if ('fail' in v) out.push(ctx.fail(v.fail, data, { resource, ...(v.evidence ? { evidence: v.evidence } : {}) }));
      else out.push(ctx.pass(v.pass, data, { resource, ...(v.evidence ? { evidence: v.evidence } : {}) }));
    }
  }
  for (const name of facts.missing) out.push(ctx.error(`${name}: named in options.buckets, not found at ${facts.endpoint}`, { resource: bucketRef(name) }));
  if (out.length === 0) return [ctx.notApplicable(`no buckets at ${facts.endpoint}`)];
  return out;
}

export const isBackup = { test: (b: S3Bucket): boolean => b.backup, otherwise: 'not a backup bucket (options.backupBuckets or its backup tag name backup buckets)' };

// ---- Block Public Access ---------------------------------------------------------------------------

/** The bucket's Block Public Access settings when they could be read, else undefined (unknown or none). */
export const publicAccessBlock = (b: S3Bucket): S3PublicAccessBlock | undefined => (b.publicAccessBlock.state === 'ok' ? (b.publicAccessBlock.value ?? undefined) : undefined);

// ---- ACLs ------------------------------------------------------------------------------------------

/** Grants to everyone (AllUsers) or to any AWS account (AuthenticatedUsers), as "AllUsers:READ". */
export const publicGrants = (acl: { grants: readonly { grantee: string; permission: string }[] }): string[] =>
  acl.grants.filter((g) => g.grantee === 'AllUsers' || g.grantee === 'AuthenticatedUsers').map((g) => `${g.grantee}:${g.permission}`);

// ---- Bucket policies ---------------------------------------------------------------------------------

/**
 * Condition keys that tie a statement to known callers or networks (AWS, "Blocking public access:
 * the meaning of public"): a statement conditioned on one of them with a fixed value is not public.
 */
export const RESTRICTING_KEYS: readonly string[] = [
  'aws:sourceip', 'aws:sourcevpc', 'aws:sourcevpce', 'aws:principalorgid', 'aws:principalorgpaths', 'aws:principalaccount', 'aws:principalarn',
  'aws:sourceaccount', 'aws:sourcearn', 'aws:sourceowner', 'aws:userid', 'aws:username', 'aws:principalservicename', 's3:dataaccesspointaccount', 's3:dataaccesspointarn',
];

const hasWildcardValue = (values: readonly string[]): boolean => values.some((v) => v === '*' || v === '0.0.0.0/0' || v === '::/0');

/** True when the statement has a condition on a restricting key with a fixed (non-wildcard) value. */
export function restricted(s: S3PolicyStatement): boolean {
  return Object.entries(s.conditions).some(([op, keys]) => !/IfExists$/.test(op) && Object.entries(keys).some(([k, vals]) => RESTRICTING_KEYS.includes(k) && vals.length > 0 && !hasWildcardValue(vals)));
}

/** Allow statements granting everyone ("*" or NotPrincipal) with no restricting condition. */
export const publicStatements = (p: S3Policy): S3PolicyStatement[] => p.statements.filter((s) => s.effect === 'Allow' && (s.notPrincipal || s.principals.includes('*')) && !restricted(s));

export const describeStatement = (s: S3PolicyStatement): string => `${s.sid ? `Sid ${s.sid}: ` : ''}Allow ${s.notAction ? 'all but ' : ''}${s.actions.join(',') || '(no action)'} to ${s.notPrincipal ? 'all but some principals' : 'Principal *'}`;

/**
 * A statement denying requests that are not over TLS: Effect Deny, every principal, an action
 * covering the S3 API (s3:* or *), and Bool (or BoolIfExists) aws:SecureTransport "false".
 */
export function deniesPlainHttp(p: S3Policy): boolean {
  return p.statements.some((s) => {
    if (s.effect !== 'Deny' || s.notPrincipal || !s.principals.includes('*') || s.notAction) return false;
    if (!s.actions.some((a) => a === '*' || a.toLowerCase() === 's3:*')) return false;
    return Object.entries(s.conditions).some(([op, keys]) => /^Bool(IfExists)?$/.test(op) && (keys['aws:securetransport'] ?? []).some((v) => v.toLowerCase() === 'false'));
  });
}

// ---- Object Lock ---------------------------------------------------------------------------------

/** A default retention in days (years count as 365 days, as S3 does). */
export const retentionDays = (lock: { days?: number; years?: number }): number | undefined => (lock.days !== undefined ? lock.days : lock.years !== undefined ? lock.years * 365 : undefined);
