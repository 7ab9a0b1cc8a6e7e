// SDK answers to facts: pure, no I/O. Shapes follow the AWS S3 API reference of each call.
import type { S3Acl, S3EncryptionRule, S3GranteeKind, S3Logging, S3ObjectLock, S3Policy, S3PolicyStatement, S3PublicAccessBlock, S3Versioning } from '../../kit/s3/facts.js';

/** Text from the endpoint that may reach a message or a terminal: control and bidi characters become U+FFFD. */
export const clean = (s: string): string => s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');

/** A bucket name as S3 allows it (the legacy us-east-1 rules: letters, digits, . _ -), else undefined. */
export const bucketName = (s: string | undefined): string | undefined => (s && /^[A-Za-z0-9._-]{1,255}$/.test(s) ? s : undefined);

const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
const AUTH_USERS = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';
const LOG_DELIVERY = 'http://acs.amazonaws.com/groups/s3/LogDelivery';

interface SdkGrant {
  Grantee?: { Type?: string; URI?: string; ID?: string; DisplayName?: string; EmailAddress?: string };
  Permission?: string;
}

/** GetBucketAcl: the owner and each grant, public groups named. */
export function aclFacts(out: { Owner?: { ID?: string; DisplayName?: string }; Grants?: SdkGrant[] }): S3Acl {
  const grants = (out.Grants ?? []).map((g) => {
    const uri = g.Grantee?.URI ?? '';
    const grantee: S3GranteeKind =
      uri === ALL_USERS ? 'AllUsers' : uri === AUTH_USERS ? 'AuthenticatedUsers' : uri === LOG_DELIVERY ? 'LogDelivery' : g.Grantee?.Type === 'AmazonCustomerByEmail' ? 'Email' : uri ? 'Group' : 'CanonicalUser';
    const who = grantee === 'Group' ? uri : grantee === 'CanonicalUser' ? (g.Grantee?.DisplayName ?? g.Grantee?.ID) : grantee === 'Email' ? g.Grantee?.EmailAddress : undefined;
    return { grantee, ...(who ? { who: clean(who) } : {}), permission: clean(g.Permission ?? 'UNKNOWN') };
  });
  const owner = out.Owner?.DisplayName ?? out.Owner?.ID;
  return { ...(owner ? { owner: clean(owner) } : {}), grants };
}

const asList = (v: unknown): string[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v.map((x) => clean(String(x))) : [clean(String(v))]);

/** Principal "*", {"AWS": "*"} and {"AWS": ["*"]} all mean everyone; other principals as written. */
function principals(p: unknown): string[] {
  if (p === '*') return ['*'];
  if (p && typeof p === 'object' && !Array.isArray(p)) {
    return Object.entries(p as Record<string, unknown>).flatMap(([type, v]) => asList(v).map((x) => (x === '*' && type === 'AWS' ? '*' : type === 'AWS' ? x : `${clean(type)}:${x}`)));
  }
  return asList(p);
}

function conditions(c: unknown): Record<string, Record<string, string[]>> {
  const out: Record<string, Record<string, string[]>> = {};
  if (!c || typeof c !== 'object') return out;
  for (const [op, keys] of Object.entries(c as Record<string, unknown>)) {
    if (!keys || typeof keys !== 'object') continue;
    const byKey: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(keys as Record<string, unknown>)) byKey[clean(k.toLowerCase())] = asList(v);
    out[clean(op)] = byKey;
  }
  return out;
}

/** GetBucketPolicy: the JSON document, statements normalised (a document that does not parse is kept as unreadable). */
export function policyFacts(text: string): S3Policy {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { statements: [], unreadable: 'the policy is not JSON' };
  }
  // an endpoint may answer anything: a document that is not an object says nothing it can be judged by
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return { statements: [], unreadable: 'the policy is not a JSON object' };
  const raw = (doc as { Statement?: unknown }).Statement;
  const list: unknown[] = Array.isArray(raw) ? raw : raw && typeof raw === 'object' ? [raw] : [];
  const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
  const statements: S3PolicyStatement[] = list.filter(isRecord).map((s) => ({
    ...(typeof s.Sid === 'string' ? { sid: clean(s.Sid) } : {}),
    effect: s.Effect === 'Deny' ? 'Deny' : 'Allow',
    principals: principals(s.Principal ?? s.NotPrincipal),
    notPrincipal: s.NotPrincipal !== undefined,
    actions: asList(s.Action ?? s.NotAction),
    notAction: s.NotAction !== undefined,
    resources: asList(s.Resource ?? s.NotResource),
    conditions: conditions(s.Condition),
  }));
  return { statements };
}

export function publicAccessBlockFacts(c: { BlockPublicAcls?: boolean; IgnorePublicAcls?: boolean; BlockPublicPolicy?: boolean; RestrictPublicBuckets?: boolean } | undefined): S3PublicAccessBlock {
  return {
    blockPublicAcls: c?.BlockPublicAcls === true,
    ignorePublicAcls: c?.IgnorePublicAcls === true,
    blockPublicPolicy: c?.BlockPublicPolicy === true,
    restrictPublicBuckets: c?.RestrictPublicBuckets === true,
  };
}

interface SdkSseRule {
  ApplyServerSideEncryptionByDefault?: { SSEAlgorithm?: string; KMSMasterKeyID?: string };
  BucketKeyEnabled?: boolean;
}

/** GetBucketEncryption: one entry per rule; null when the configuration has no rule. */
export function encryptionFacts(c: { Rules?: SdkSseRule[] } | undefined): S3EncryptionRule[] | null {
  const rules = (c?.Rules ?? []).filter((r) => r.ApplyServerSideEncryptionByDefault?.SSEAlgorithm);
  if (!rules.length) return null;
  return rules.map((r) => ({ algorithm: clean(r.ApplyServerSideEncryptionByDefault!.SSEAlgorithm!), kmsKey: !!r.ApplyServerSideEncryptionByDefault?.KMSMasterKeyID, bucketKey: r.BucketKeyEnabled === true }));
}

export function versioningFacts(out: { Status?: string; MFADelete?: string }): S3Versioning {
  return {
    status: out.Status === 'Enabled' ? 'Enabled' : out.Status === 'Suspended' ? 'Suspended' : 'Off',
    mfaDelete: out.MFADelete === 'Enabled' ? 'Enabled' : out.MFADelete === 'Disabled' ? 'Disabled' : 'Off',
  };
}

export function objectLockFacts(c: { ObjectLockEnabled?: string; Rule?: { DefaultRetention?: { Mode?: string; Days?: number; Years?: number } } } | undefined): S3ObjectLock | null {
  if (!c) return null;
  const r = c.Rule?.DefaultRetention;
  const mode = r?.Mode === 'COMPLIANCE' || r?.Mode === 'GOVERNANCE' ? r.Mode : undefined;
  return {
    enabled: c.ObjectLockEnabled === 'Enabled',
    ...(mode ? { mode } : {}),
    ...(typeof r?.Days === 'number' ? { days: r.Days } : {}),
    ...(typeof r?.Years === 'number' ? { years: r.Years } : {}),
  };
}

export function loggingFacts(out: { LoggingEnabled?: { TargetBucket?: string; TargetPrefix?: string } }): S3Logging | null {
  const l = out.LoggingEnabled;
  return l?.TargetBucket ? { targetBucket: clean(l.TargetBucket), targetPrefix: clean(l.TargetPrefix ?? '') } : null;
}

export function tagFacts(out: { TagSet?: { Key?: string; Value?: string }[] }): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const t of out.TagSet ?? []) if (t.Key !== undefined) tags[clean(t.Key)] = clean(t.Value ?? '');
  return tags;
}
