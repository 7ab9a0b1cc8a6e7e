// Builders for the s3.buckets fact in check tests. Bucket settings go through the provider's own
// converters (src/providers/s3/convert.ts) from the shapes the SDK returns, so a row reads like
// the S3 answer it stands for: a policy is its JSON document, an ACL its grants.
import type { S3Bucket, S3Facts, S3Read, S3Rules } from '../../../src/kit/s3/facts.js';
import { aclFacts, encryptionFacts, objectLockFacts, policyFacts, publicAccessBlockFacts, versioningFacts } from '../../../src/providers/s3/convert.js';

export const ok = <T>(value: T): S3Read<T> => ({ state: 'ok', value });
export const notImplemented = (op: string): S3Read<never> => ({ state: 'not_implemented', reason: `${op}: NotImplemented (HTTP 501): The requested resource is not implemented; the endpoint does not implement this API` });
export const denied = (op: string): S3Read<never> => ({ state: 'error', reason: `${op}: AccessDenied (HTTP 403): Access Denied` });

const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
const AUTH_USERS = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';
const owner = { Grantee: { Type: 'CanonicalUser', ID: 'owner-id', DisplayName: 'owner' }, Permission: 'FULL_CONTROL' };

export const acl = {
  private: ok(aclFacts({ Owner: { ID: 'owner-id' }, Grants: [owner] })),
  publicRead: ok(aclFacts({ Owner: { ID: 'owner-id' }, Grants: [owner, { Grantee: { Type: 'Group', URI: ALL_USERS }, Permission: 'READ' }] })),
  authenticatedRead: ok(aclFacts({ Owner: { ID: 'owner-id' }, Grants: [owner, { Grantee: { Type: 'Group', URI: AUTH_USERS }, Permission: 'READ' }] })),
};

/** A bucket policy from its statements (as JSON, the way GetBucketPolicy returns it). */
export const policy = (...statements: object[]): S3Read<ReturnType<typeof policyFacts> | null> => ok(policyFacts(JSON.stringify({ Version: '2012-10-17', Statement: statements })));

export const denyHttp = { Sid: 'TlsOnly', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'], Condition: { Bool: { 'aws:SecureTransport': 'false' } } };
export const publicRead = { Sid: 'Public', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' };

export const pab = (on: boolean | Partial<Record<'BlockPublicAcls' | 'IgnorePublicAcls' | 'BlockPublicPolicy' | 'RestrictPublicBuckets', boolean>>) =>
  ok(publicAccessBlockFacts(typeof on === 'boolean' ? { BlockPublicAcls: on, IgnorePublicAcls: on, BlockPublicPolicy: on, RestrictPublicBuckets: on } : on));

export const sse = (algorithm: string | null) => ok(encryptionFacts(algorithm ? { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: algorithm } }] } : undefined));
export const versioning = (Status?: string, MFADelete?: string) => ok(versioningFacts({ ...(Status ? { Status } : {}), ...(MFADelete ? { MFADelete } : {}) }));
export const lock = (mode?: 'GOVERNANCE' | 'COMPLIANCE', days?: number, years?: number) =>
  ok(objectLockFacts({ ObjectLockEnabled: 'Enabled', ...(mode ? { Rule: { DefaultRetention: { Mode: mode, ...(days !== undefined ? { Days: days } : {}), ...(years !== undefined ? { Years: years } : {}) } } } : {}) }));
export const noLock = ok(objectLockFacts(undefined));

/** A hardened bucket: every setting a check wants; override what a row is about. */
export function bucket(name: string, over: Partial<S3Bucket> = {}): S3Bucket {
  return {
    name,
    backup: false,
    tags: ok({}),
    acl: acl.private,
    policy: policy(denyHttp),
    publicAccessBlock: pab(true),
    encryption: sse('aws:kms'),
    versioning: versioning('Enabled', 'Enabled'),
    objectLock: lock('COMPLIANCE', 90),
    logging: ok({ targetBucket: 'logs', targetPrefix: `${name}/` }),
    ...over,
  };
}

export const backup = (name: string, over: Partial<S3Bucket> = {}): S3Bucket => bucket(name, { backup: true, backupBy: 'options.backupBuckets', ...over });

export function s3(buckets: S3Bucket[], rules: Partial<S3Rules> = {}, missing: string[] = []): S3Facts {
  return {
    endpoint: 'https://s3.example.internal',
    region: 'us-east-1',
    pathStyle: true,
    buckets,
    missing,
    rules: { requireCompliance: false, requireKms: false, backupTag: { key: 'backup', value: 'true' }, ...rules },
  };
}

export const notCollected = (reason = 'https://s3.example.internal: connection refused') => ({ ok: false, reason });
