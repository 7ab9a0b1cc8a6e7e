// Collecting one s3 target: ListBuckets, then each bucket's settings (src/providers/s3/bucket.ts),
// through the target's own SDK client (src/providers/s3/client.ts). Read-only calls only.
// Unreachable when nothing could be asked: no credentials, a certificate that does not verify, a
// refused connection, or ListBuckets refused with no options.buckets to go on with.
import { setMaxListeners } from 'node:events';
import { ListBucketsCommand, type Bucket } from '@aws-sdk/client-s3';
import { s3OptionsOf } from '../../kinds/s3.js';
import type { S3Bucket, S3Facts } from '../../kit/s3/facts.js';
import '../../kit/s3/facts.js';
import { httpErrorReason } from '../../transports/https.js';
import type { TargetSpec } from '../../kinds/types.js';
import type { ApiCollectContext, ApiCollected } from '../types.js';
import { matchesAny, readBucket } from './bucket.js';
import { connectS3 } from './client.js';
import { bucketName } from './convert.js';
import { errorCode, isNetworkError, reasonOf, scrubber } from './read.js';

/** Buckets read at once (each one's eight calls run side by side). */
const BUCKETS_IN_FLIGHT = 4;
/** ListBuckets pages followed at most (AWS pages at 10,000 buckets by default when asked to page). */
const MAX_PAGES = 100;

const unreachable = (error: string): ApiCollected => ({ facts: { 's3.buckets': { ok: false, reason: error } }, status: 'unreachable', error });

async function inTurn<T, R>(items: readonly T[], n: number, f: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await f(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  return out;
}

const readErrors = (b: S3Bucket): string[] =>
  [b.tags, b.acl, b.policy, b.publicAccessBlock, b.encryption, b.versioning, b.objectLock, b.logging].flatMap((r) => (r.state === 'error' ? [`${b.name}: ${r.reason}`] : []));

export async function collectS3(target: TargetSpec, ctx: ApiCollectContext): Promise<ApiCollected> {
  const opts = s3OptionsOf(target.options);
  const conn = connectS3(target, opts, ctx.timeoutMs, ctx.log);
  // one signal of our own for the many calls in flight (each SDK call listens to it), tied to the target's
  const abort = new AbortController();
  setMaxListeners(BUCKETS_IN_FLIGHT * 8 + 8, abort.signal);
  const onAbort = (): void => abort.abort();
  if (ctx.signal.aborted) abort.abort();
  else ctx.signal.addEventListener('abort', onAbort, { once: true });
  const signal = abort.signal;
  try {
    let scrub: (s: string) => string;
    try {
      const creds = await conn.credentials();
      scrub = scrubber([creds.accessKeyId, creds.secretAccessKey, creds.sessionToken]);
    } catch (err) {
      return unreachable(`${conn.endpoint}: ${(err as Error).message.split('\n')[0]}`);
    }
    const listed: string[] = [];
    let badNames = 0;
    let listError: string | undefined;
    try {
      let token: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const out = await conn.client.send(new ListBucketsCommand(token ? { ContinuationToken: token } : {}), { abortSignal: signal });
        for (const b of (out.Buckets ?? []) as Bucket[]) {
          // a name S3 would not allow (control characters from a hostile endpoint) is never asked about or printed
          if (bucketName(b.Name)) listed.push(b.Name!);
          else badNames++;
        }
        token = out.ContinuationToken;
        if (!token) break;
      }
    } catch (err) {
      if (isNetworkError(err)) return unreachable(scrub(httpErrorReason(err, conn.endpoint)));
      listError = reasonOf('ListBuckets', err, scrub);
      // bad keys or a refused ListBuckets: only named buckets can still be read
      if (!opts.buckets?.length || /InvalidAccessKeyId|SignatureDoesNotMatch|InvalidToken|ExpiredToken/.test(errorCode(err))) return unreachable(`${conn.endpoint}: ${listError}`);
      ctx.log(`s3 ${target.id}: ${listError}; reading the buckets options.buckets names`);
    }
    const wanted = opts.buckets;
    const names = listError ? (wanted ?? []).filter((g) => !/[*?]/.test(g)) : wanted ? listed.filter((n) => matchesAny(n, wanted)) : listed;
    const missing = listError || !wanted ? [] : wanted.filter((g) => !/[*?]/.test(g) && !listed.includes(g));
    ctx.log(`s3 ${target.id}: ${names.length} bucket(s) to read`);
    const buckets = await inTurn([...names].sort(), BUCKETS_IN_FLIGHT, (name) => readBucket(conn, name, opts, signal, scrub));
    const value: S3Facts = {
      endpoint: conn.endpoint,
      region: conn.region,
      pathStyle: conn.pathStyle,
      buckets,
      missing,
      rules: { ...(opts.minRetentionDays ? { minRetentionDays: opts.minRetentionDays } : {}), requireCompliance: opts.requireCompliance, requireKms: opts.requireKms, backupTag: opts.backupTag },
    };
    const errors = [...(listError ? [listError] : []), ...(badNames ? [`ListBuckets: ${badNames} bucket name(s) that are not valid S3 names were skipped`] : []), ...buckets.flatMap(readErrors)];
    return {
      facts: { 's3.buckets': { ok: true, value } },
      status: errors.length ? 'partial' : 'ok',
      ...(errors.length ? { error: errors.length > 3 ? `${errors.slice(0, 3).join('; ')}; and ${errors.length - 3} more` : errors.join('; ') } : {}),
    };
  } finally {
    ctx.signal.removeEventListener('abort', onAbort);
    conn.close();
  }
}
