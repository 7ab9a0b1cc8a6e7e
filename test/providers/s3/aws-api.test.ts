// The s3 provider against the S3 API as AWS documents it (fixtures/s3/aws/, answered by a local
// HTTPS server with a throwaway CA): bucket policies, Block Public Access, default encryption,
// Object Lock, MFA delete and tags, which Swift does not implement; the "no such configuration"
// errors as facts; AccessDenied as an error and NotImplemented as not_applicable; the certificate
// verified against the CA given (and refused with the reason otherwise); GET requests only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectors } from '../../../src/collect/collectors.js';
import { evaluateCheck } from '../../../src/engine/evaluate.js';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Check } from '../../../src/engine/check.js';
import type { Collected, TargetSpec } from '../../../src/kinds/types.js';
import type { S3Facts } from '../../../src/kit/s3/facts.js';
import type { TestHttpsServer } from '../../helpers/https-server.js';
import { startS3ApiServer } from '../../helpers/s3-api-server.js';

const KEY_ID = 'AKIAZTAUDITTEST00001';
const SECRET = 'zt/Secret+Value+That+Must+Never+Leak0000';

let server: TestHttpsServer;
let selfSigned: TestHttpsServer;

beforeAll(async () => {
  server = await startS3ApiServer();
  selfSigned = await startS3ApiServer({ selfSigned: true, pki: server.pki });
});
afterAll(async () => {
  await server?.close();
  await selfSigned?.close();
});

const target = (url: string, options: Record<string, unknown> = {}): TargetSpec => ({
  id: 's3:aws-api',
  kind: 's3',
  name: 'aws-api',
  address: url,
  options: { transport: 'https', ca: server.pki.ca, credentials: { accessKeyId: KEY_ID, secretAccessKey: SECRET }, ...options },
});

async function collect(t: TargetSpec): Promise<Collected> {
  const c = await collectors.s3!();
  return c.collect(t, { timeoutMs: 15_000, signal: new AbortController().signal, log: () => undefined });
}

const factsOf = (r: Collected): S3Facts => {
  const f = r.facts['s3.buckets'];
  if (!f?.ok) throw new Error(`s3.buckets not collected: ${JSON.stringify(f)}`);
  return f.value as S3Facts;
};

describe('the s3 provider against the AWS S3 API shapes (local HTTPS server)', () => {
  it('reads every bucket setting with signed GETs, and keeps "no such configuration" answers as facts', async () => {
    const before = server.requests.length;
    const r = await collect(target(server.url, { backupBuckets: ['archive'], minRetentionDays: 30, requireCompliance: true, requireKms: true }));
    expect(r.status).toBe('partial'); // restricted's policy is AccessDenied
    expect(r.error).toContain('restricted: GetBucketPolicy: AccessDenied (HTTP 403): Access Denied');
    const facts = factsOf(r);
    const b = Object.fromEntries(facts.buckets.map((x) => [x.name, x]));
    expect(Object.keys(b)).toEqual(['archive', 'legacy', 'restricted', 'vault']);
    expect(b.vault).toMatchObject({
      backup: true,
      backupBy: 'tag backup=true',
      publicAccessBlock: { state: 'ok', value: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true } },
      encryption: { state: 'ok', value: [{ algorithm: 'aws:kms', kmsKey: true, bucketKey: true }] },
      versioning: { state: 'ok', value: { status: 'Enabled', mfaDelete: 'Enabled' } },
      objectLock: { state: 'ok', value: { enabled: true, mode: 'COMPLIANCE', days: 35 } },
      logging: { state: 'ok', value: { targetBucket: 'access-logs', targetPrefix: 'vault/' } },
      tags: { state: 'ok', value: { backup: 'true', owner: 'platform-team' } },
    });
    expect(b.archive).toMatchObject({ backup: true, backupBy: 'options.backupBuckets', policy: { state: 'ok', value: null }, tags: { state: 'ok', value: {} }, versioning: { state: 'ok', value: { status: 'Enabled', mfaDelete: 'Off' } } });
    expect(b.legacy).toMatchObject({
      backup: false,
      publicAccessBlock: { state: 'ok', value: null },
      encryption: { state: 'ok', value: null },
      objectLock: { state: 'ok', value: null },
      logging: { state: 'ok', value: null },
      versioning: { state: 'ok', value: { status: 'Suspended', mfaDelete: 'Disabled' } },
    });
    expect(b.legacy!.policy).toMatchObject({ state: 'ok', value: { statements: [{ sid: 'PublicRead', effect: 'Allow', principals: ['*'] }] } });
    expect(b.restricted!.policy).toEqual({ state: 'error', reason: 'GetBucketPolicy: AccessDenied (HTTP 403): Access Denied' });
    expect(b.restricted!.objectLock).toMatchObject({ state: 'not_implemented', reason: expect.stringContaining('GetObjectLockConfiguration: NotImplemented (HTTP 501)') });

    const made = server.requests.slice(before);
    expect(made.length).toBe(1 + 4 * 8);
    expect(made.every((q) => q.method === 'GET')).toBe(true);
    for (const q of made) {
      expect(q.headers.authorization).toMatch(new RegExp(`^AWS4-HMAC-SHA256 Credential=${KEY_ID}/\\d{8}/us-east-1/s3/aws4_request`));
      expect(JSON.stringify(q)).not.toContain(SECRET);
    }
    expect(JSON.stringify(r)).not.toContain(SECRET);
    expect(JSON.stringify(r)).not.toContain(KEY_ID);
  });

  it('the checks judge each bucket: the hardened one passes, the weak one fails, the unreadable ones are error / not_applicable', async () => {
    const facts = factsOf(await collect(target(server.url, { backupBuckets: ['archive'], minRetentionDays: 30, requireCompliance: true, requireKms: true })));
    const dir = join(import.meta.dirname, '..', '..', '..', 'checks', 'storage');
    const files = readdirSync(dir).filter((f) => f.startsWith('storage.s3.') && f.endsWith('.ts'));
    const checks = await Promise.all(files.map(async (f) => ((await import(pathToFileURL(join(dir, f)).href)) as { default: Check }).default));
    expect(checks.length).toBeGreaterThanOrEqual(10);
    const table: Record<string, Record<string, string>> = {};
    for (const c of checks) {
      const results = evaluateCheck(c, { target: { id: 's3:aws-api', kind: 's3', name: 'aws-api' }, status: 'ok', durationMs: 0, facts: { 's3.buckets': { ok: true, value: facts } } });
      table[c.meta.id] = Object.fromEntries(results.map((x) => [x.resource?.name ?? '-', x.status]));
    }
    expect(table).toEqual({
      'storage.s3.access-logging': { archive: 'fail', legacy: 'fail', restricted: 'fail', vault: 'pass' },
      'storage.s3.block-public-access': { archive: 'pass', legacy: 'fail', restricted: 'fail', vault: 'pass' },
      'storage.s3.compliance-mode': { archive: 'fail', legacy: 'not_applicable', restricted: 'not_applicable', vault: 'pass' },
      'storage.s3.default-encryption': { archive: 'fail', legacy: 'fail', restricted: 'fail', vault: 'pass' },
      'storage.s3.mfa-delete': { archive: 'fail', legacy: 'not_applicable', restricted: 'fail', vault: 'pass' },
      'storage.s3.object-lock': { archive: 'pass', legacy: 'not_applicable', restricted: 'not_applicable', vault: 'pass' },
      'storage.s3.public-acl': { archive: 'pass', legacy: 'fail', restricted: 'pass', vault: 'pass' },
      'storage.s3.public-policy': { archive: 'pass', legacy: 'fail', restricted: 'error', vault: 'pass' },
      'storage.s3.retention-minimum': { archive: 'fail', legacy: 'not_applicable', restricted: 'not_applicable', vault: 'pass' },
      'storage.s3.tls-only': { archive: 'fail', legacy: 'fail', restricted: 'error', vault: 'pass' },
      'storage.s3.versioning': { archive: 'pass', legacy: 'fail', restricted: 'fail', vault: 'pass' },
    });
  });

  it('a certificate that does not verify makes the target unreachable, the problem named', async () => {
    const other = await collect(target(server.url, { ca: server.pki.otherCa }));
    expect(other.status).toBe('unreachable');
    expect(other.error).toMatch(/TLS certificate of https:\/\/127\.0\.0\.1:\d+ not verified: .*give its CA with --ca FILE or inventory ca:/);
    const self = await collect(target(selfSigned.url));
    expect(self.status).toBe('unreachable');
    expect(self.error).toContain('the certificate is self-signed (DEPTH_ZERO_SELF_SIGNED_CERT)');
    expect(JSON.stringify([other, self])).not.toContain(SECRET);
  });

  it('credentials come from the AWS environment when the inventory names none; none at all is the reason', async () => {
    const t = target(server.url);
    delete t.options.credentials;
    const saved = { ...process.env };
    try {
      process.env.AWS_ACCESS_KEY_ID = KEY_ID;
      process.env.AWS_SECRET_ACCESS_KEY = SECRET;
      const before = server.requests.length;
      expect((await collect(t)).status).toBe('partial');
      expect(server.requests[before]!.headers.authorization).toContain(`Credential=${KEY_ID}/`);
      delete process.env.AWS_ACCESS_KEY_ID;
      delete process.env.AWS_SECRET_ACCESS_KEY;
      process.env.AWS_SHARED_CREDENTIALS_FILE = '/nonexistent/ztaudit-credentials';
      process.env.AWS_CONFIG_FILE = '/nonexistent/ztaudit-config';
      const none = await collect(t);
      expect(none.status).toBe('unreachable');
      expect(none.error).toContain('no AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY');
    } finally {
      process.env = saved;
    }
  });
});
