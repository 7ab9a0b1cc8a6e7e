// Every setting of one bucket, read with read-only calls only (GET ?acl, ?policy, ...), in parallel.
import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLoggingCommand,
  GetBucketPolicyCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetObjectLockConfigurationCommand,
  GetPublicAccessBlockCommand,
} from '@aws-sdk/client-s3';
import picomatch from 'picomatch';
import type { S3Options } from '../../kinds/s3.js';
import type { S3Bucket, S3Versioning } from '../../kit/s3/facts.js';
import type { S3Connection } from './client.js';
import { aclFacts, encryptionFacts, loggingFacts, objectLockFacts, policyFacts, publicAccessBlockFacts, tagFacts, versioningFacts } from './convert.js';
import { readS3 } from './read.js';

export const matchesAny = (name: string, globs: readonly string[]): boolean => globs.some((g) => picomatch.isMatch(name, g));

export async function readBucket(conn: S3Connection, Bucket: string, opts: S3Options, signal: AbortSignal, scrub: (s: string) => string): Promise<S3Bucket> {
  const c = conn.client;
  const o = { abortSignal: signal };
  const [tags, acl, policy, publicAccessBlock, encryption, versioning, objectLock, logging] = await Promise.all([
    readS3('GetBucketTagging', async () => tagFacts(await c.send(new GetBucketTaggingCommand({ Bucket }), o)), ['NoSuchTagSet', 'NoSuchTagSetError'], {}, scrub),
    readS3('GetBucketAcl', async () => aclFacts(await c.send(new GetBucketAclCommand({ Bucket }), o)), [], { grants: [] }, scrub),
    readS3('GetBucketPolicy', async () => policyFacts((await c.send(new GetBucketPolicyCommand({ Bucket }), o)).Policy ?? '{}'), ['NoSuchBucketPolicy'], null, scrub),
    readS3('GetPublicAccessBlock', async () => publicAccessBlockFacts((await c.send(new GetPublicAccessBlockCommand({ Bucket }), o)).PublicAccessBlockConfiguration), ['NoSuchPublicAccessBlockConfiguration'], null, scrub),
    readS3('GetBucketEncryption', async () => encryptionFacts((await c.send(new GetBucketEncryptionCommand({ Bucket }), o)).ServerSideEncryptionConfiguration), ['ServerSideEncryptionConfigurationNotFoundError'], null, scrub),
    readS3<S3Versioning>('GetBucketVersioning', async () => versioningFacts(await c.send(new GetBucketVersioningCommand({ Bucket }), o)), [], { status: 'Off', mfaDelete: 'Off' }, scrub),
    readS3('GetObjectLockConfiguration', async () => objectLockFacts((await c.send(new GetObjectLockConfigurationCommand({ Bucket }), o)).ObjectLockConfiguration), ['ObjectLockConfigurationNotFoundError'], null, scrub),
    readS3('GetBucketLogging', async () => loggingFacts(await c.send(new GetBucketLoggingCommand({ Bucket }), o)), [], null, scrub),
  ]);
  const byName = matchesAny(Bucket, opts.backupBuckets);
  const byTag = tags.state === 'ok' && tags.value[opts.backupTag.key] === opts.backupTag.value;
  const backupBy = byName ? 'options.backupBuckets' : byTag ? `tag ${opts.backupTag.key}=${opts.backupTag.value}` : undefined;
  return { name: Bucket, backup: !!backupBy, ...(backupBy ? { backupBy } : {}), tags, acl, policy, publicAccessBlock, encryption, versioning, objectLock, logging };
}
