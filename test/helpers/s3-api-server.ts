// A local HTTPS server answering the S3 REST API from fixtures/s3/aws/ (shapes from the AWS S3 API
// Reference; fixtures/s3/README.md names the page of each). Path-style requests only:
// GET / is ListBuckets, GET /BUCKET?SUBRESOURCE one bucket setting; an error file
// BUCKET.SUBRESOURCE.STATUS.xml answers with that status. Anything else (a write, an unknown
// bucket or sub-resource) is answered as S3 would refuse it, and stays in `requests` for the test.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHttpsServer, type Answer, type RecordedRequest, type ServerOptions, type TestHttpsServer } from './https-server.js';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 's3', 'aws');
const SUBRESOURCES = ['acl', 'policy', 'publicAccessBlock', 'encryption', 'versioning', 'object-lock', 'logging', 'tagging'];

const xml = (status: number, body: string): Answer => ({ status, headers: { 'content-type': 'application/xml', 'x-amz-request-id': 'ZTAUDITTEST0001' }, body });
const s3Error = (status: number, code: string, message: string): Answer =>
  xml(status, `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>ZTAUDITTEST0001</RequestId></Error>`);

export function answerFromFixtures(req: RecordedRequest): Answer {
  if (req.method !== 'GET') return s3Error(405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
  if (req.path === '/') return xml(200, readFileSync(join(DIR, 'list-buckets.xml'), 'utf8'));
  const bucket = decodeURIComponent(req.path.replace(/^\/|\/$/g, ''));
  const sub = SUBRESOURCES.find((s) => req.query.has(s));
  if (!bucket || bucket.includes('/') || !sub) return s3Error(400, 'InvalidRequest', 'ztaudit test server: not a bucket sub-resource request');
  if (!existsSync(join(DIR, `${bucket}.acl.xml`))) return s3Error(404, 'NoSuchBucket', 'The specified bucket does not exist');
  const ext = sub === 'policy' ? 'json' : 'xml';
  const ok = join(DIR, `${bucket}.${sub}.${ext}`);
  if (existsSync(ok)) return sub === 'policy' ? { status: 200, headers: { 'content-type': 'application/json' }, body: readFileSync(ok, 'utf8') } : xml(200, readFileSync(ok, 'utf8'));
  const err = readdirSync(DIR).find((f) => f.startsWith(`${bucket}.${sub}.`) && /\.\d{3}\.xml$/.test(f));
  if (err) return xml(Number(/\.(\d{3})\.xml$/.exec(err)![1]), readFileSync(join(DIR, err), 'utf8'));
  return s3Error(500, 'InternalError', `ztaudit test server: no fixture for ${bucket}?${sub}`);
}

export const startS3ApiServer = (opts: ServerOptions = {}): Promise<TestHttpsServer> => startHttpsServer(answerFromFixtures, opts);
