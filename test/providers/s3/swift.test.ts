// The s3 provider against a real S3 server: OpenStack Swift with s3api (test/helpers/swift.ts) on
// 127.0.0.1. The test writes buckets, objects, ACLs and versioning with the SDK first; ztaudit then
// reads them through its collector, and the checks judge what it read. What Swift 2.30 does not
// implement (bucket policy: 501 NotImplemented; default encryption, Object Lock and Block Public
// Access: answered with a bucket listing) must come out not_applicable, never pass or fail.
import { CreateBucketCommand, PutBucketVersioningCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import accessLogging from '../../../checks/storage/storage.s3.access-logging.js';
import blockPublicAccess from '../../../checks/storage/storage.s3.block-public-access.js';
import defaultEncryption from '../../../checks/storage/storage.s3.default-encryption.js';
import objectLock from '../../../checks/storage/storage.s3.object-lock.js';
import publicAcl from '../../../checks/storage/storage.s3.public-acl.js';
import publicPolicy from '../../../checks/storage/storage.s3.public-policy.js';
import tlsOnly from '../../../checks/storage/storage.s3.tls-only.js';
import versioning from '../../../checks/storage/storage.s3.versioning.js';
import { collectors } from '../../../src/collect/collectors.js';
import type { Check } from '../../../src/engine/check.js';
import { evaluateCheck } from '../../../src/engine/evaluate.js';
import type { Collected, TargetSpec } from '../../../src/kinds/types.js';
import type { S3Facts } from '../../../src/kit/s3/facts.js';
import { startSwift, swiftMissing, type SwiftServer } from '../../helpers/swift.js';
import { ztaudit } from '../../cli/helpers.js';

const missing = swiftMissing();
if (missing && process.env.CI) throw new Error(`CI must run the Swift tests: ${missing}`);

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

let swift: SwiftServer;
let seededRequests = 0;

const target = (creds: { accessKeyId: string; secretAccessKey: string }, options: Record<string, unknown> = {}): TargetSpec => {
  process.env.ZT_TEST_S3_KEY = creds.accessKeyId;
  process.env.ZT_TEST_S3_SECRET = creds.secretAccessKey;
  return {
    id: 's3:swift',
    kind: 's3',
    name: 'swift',
    address: swift.url,
    options: { transport: 'https', credentials: { accessKeyId: { env: 'ZT_TEST_S3_KEY' }, secretAccessKey: { env: 'ZT_TEST_S3_SECRET' } }, ...options },
  };
};

async function collect(t: TargetSpec): Promise<Collected> {
  const c = await collectors.s3!();
  const ac = new AbortController();
  return c.collect(t, { timeoutMs: 20_000, signal: ac.signal, log: () => undefined });
}

const factsOf = (r: Collected): S3Facts => {
  const f = r.facts['s3.buckets'];
  if (!f?.ok) throw new Error(`s3.buckets not collected: ${JSON.stringify(f)}`);
  return f.value as S3Facts;
};

/** bucket name -> status of the check on it */
function judge(check: Check, facts: S3Facts): Record<string, string> {
  const results = evaluateCheck(check, { target: { id: 's3:swift', kind: 's3', name: 'swift' }, status: 'ok', durationMs: 0, facts: { 's3.buckets': { ok: true, value: facts } } });
  return Object.fromEntries(results.map((r) => [r.resource?.name ?? '-', r.status]));
}

describe.skipIf(!!missing)(`the s3 provider against OpenStack Swift s3api${missing ? ` (skipped: ${missing})` : ''}`, () => {
  beforeAll(async () => {
    swift = await startSwift();
    const sdk = new S3Client({ region: 'us-east-1', endpoint: swift.url, forcePathStyle: true, credentials: swift.admin });
    try {
      await sdk.send(new CreateBucketCommand({ Bucket: 'public-site', ACL: 'public-read' }));
      await sdk.send(new CreateBucketCommand({ Bucket: 'partners', ACL: 'authenticated-read' }));
      await sdk.send(new CreateBucketCommand({ Bucket: 'private-data' }));
      await sdk.send(new CreateBucketCommand({ Bucket: 'backups' }));
      await sdk.send(new PutBucketVersioningCommand({ Bucket: 'backups', VersioningConfiguration: { Status: 'Enabled' } }));
      for (const body of ['v1', 'v2']) await sdk.send(new PutObjectCommand({ Bucket: 'backups', Key: 'db.dump', Body: body }));
      await sdk.send(new PutObjectCommand({ Bucket: 'public-site', Key: 'index.html', Body: '<h1>hi</h1>' }));
    } finally {
      sdk.destroy();
    }
    seededRequests = swift.accessLog().length;
  }, 150_000); // four Python servers start in seconds on an idle machine, and in half a minute on two busy cores

  afterAll(async () => {
    await swift?.stop();
  });

  it('reads every bucket with GET requests only, and the checks find the planted weaknesses', async () => {
    const r = await collect(target(swift.admin, { backupBuckets: ['backups'] }));
    expect(r.status, r.error).toBe('ok');
    const facts = factsOf(r);
    expect(facts.buckets.map((b) => b.name)).toEqual(['backups', 'partners', 'private-data', 'public-site']);
    const byName = Object.fromEntries(facts.buckets.map((b) => [b.name, b]));
    expect(byName['public-site']!.acl).toMatchObject({ state: 'ok', value: { grants: expect.arrayContaining([{ grantee: 'AllUsers', permission: 'READ' }]) } });
    expect(byName['backups']!.versioning).toEqual({ state: 'ok', value: { status: 'Enabled', mfaDelete: 'Off' } });
    expect(byName['private-data']!.versioning).toEqual({ state: 'ok', value: { status: 'Off', mfaDelete: 'Off' } });
    expect(byName['backups']!.backup).toBe(true);
    // Swift's answers to what it does not implement
    expect(byName['backups']!.policy).toMatchObject({ state: 'not_implemented', reason: expect.stringContaining('GetBucketPolicy: NotImplemented (HTTP 501)') });
    expect(byName['backups']!.encryption).toMatchObject({ state: 'not_implemented', reason: expect.stringContaining('<ListBucketResult>') });
    expect(byName['backups']!.objectLock).toMatchObject({ state: 'not_implemented' });
    expect(byName['backups']!.publicAccessBlock).toMatchObject({ state: 'not_implemented' });
    expect(byName['backups']!.logging).toEqual({ state: 'ok', value: null });

    expect(judge(publicAcl, facts)).toEqual({ backups: 'pass', partners: 'fail', 'private-data': 'pass', 'public-site': 'fail' });
    expect(judge(versioning, facts)).toEqual({ backups: 'pass', partners: 'fail', 'private-data': 'fail', 'public-site': 'fail' });
    expect(judge(accessLogging, facts)).toEqual({ backups: 'fail', partners: 'fail', 'private-data': 'fail', 'public-site': 'fail' });
    for (const check of [publicPolicy, tlsOnly, blockPublicAccess, defaultEncryption]) {
      expect(Object.values(judge(check, facts)), check.meta.id).toEqual(['not_applicable', 'not_applicable', 'not_applicable', 'not_applicable']);
    }
    expect(judge(objectLock, facts)).toEqual({ backups: 'not_applicable', partners: 'not_applicable', 'private-data': 'not_applicable', 'public-site': 'not_applicable' });

    // nothing was written: every S3 request ztaudit made was a GET (/v1/... lines are Swift's own subrequests)
    const made = swift.accessLog().slice(seededRequests).filter((m) => !m.path.startsWith('/v1/'));
    expect(made.length).toBeGreaterThanOrEqual(1 + 4 * 8);
    expect(made.filter((m) => m.method !== 'GET')).toEqual([]);
  });

  it('options.buckets limits the reading, and a named bucket that is not there is reported', async () => {
    const r = await collect(target(swift.admin, { buckets: ['backups', 'nope'] }));
    const facts = factsOf(r);
    expect(facts.buckets.map((b) => b.name)).toEqual(['backups']);
    expect(facts.missing).toEqual(['nope']);
    expect(judge(versioning, facts)).toEqual({ backups: 'pass', nope: 'error' });
  });

  it('a wrong secret makes the target unreachable with the reason, and the secret is nowhere', async () => {
    const secret = 'wrong-secret-zt-5f3a9c';
    const r = await collect(target({ accessKeyId: 'test:tester', secretAccessKey: secret }));
    expect(r.status).toBe('unreachable');
    expect(r.error).toMatch(/ListBuckets: (SignatureDoesNotMatch|AccessDenied) \(HTTP 403\)/);
    expect(JSON.stringify(r)).not.toContain(secret);
  });

  it('a user that may not read the buckets: each setting is an error with the reason, never a pass', async () => {
    const r = await collect(target(swift.reader, { buckets: ['private-data'] }));
    expect(r.status).toBe('partial');
    const facts = factsOf(r);
    expect(facts.buckets[0]!.acl).toMatchObject({ state: 'error', reason: expect.stringMatching(/GetBucketAcl: AccessDenied \(HTTP 403\)/) });
    expect(judge(publicAcl, facts)).toEqual({ 'private-data': 'error' });
    expect(JSON.stringify(r)).not.toContain(swift.reader.secretAccessKey);
  });

  it('scan --s3 http://127.0.0.1:PORT (a loopback endpoint may be plain HTTP): findings by check id, exit 1 with --fail-on high', () => {
    const env = { AWS_ACCESS_KEY_ID: swift.admin.accessKeyId, AWS_SECRET_ACCESS_KEY: swift.admin.secretAccessKey, AWS_CONFIG_FILE: '/nonexistent/ztaudit', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/ztaudit' };
    const r = ztaudit(['scan', '--s3', swift.url, '--only', 'storage.s3.*', '-f', 'json', '-q', '--fail-on', 'high'], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { targets: { status: string }[]; results: { checkId: string; status: string; resource?: { name: string } }[] };
    expect(report.targets[0]!.status).toBe('ok');
    const failed = report.results.filter((x) => x.status === 'fail').map((x) => `${x.checkId} ${x.resource?.name ?? ''}`);
    expect(failed).toEqual(expect.arrayContaining(['storage.s3.public-acl public-site', 'storage.s3.public-acl partners', 'storage.s3.versioning private-data']));
    expect(failed).not.toContain('storage.s3.public-acl private-data');
    expect(r.stdout).not.toContain(swift.admin.secretAccessKey);
  });
});
