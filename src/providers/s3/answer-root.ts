// Some S3 gateways do not know a sub-resource and answer it as if it were absent: Swift's s3api
// (2.30) treats GET /bucket?encryption, ?object-lock and ?publicAccessBlock as a plain listing and
// answers 200 with a <ListBucketResult>. The SDK would read that as an empty configuration, which a
// check would take for "no encryption" or "Object Lock off". This middleware sits just before the
// SDK's parser, reads the root element of each 200 answer the checks depend on, and turns an answer
// of the wrong document into an UnexpectedAnswer error: the fact becomes not_implemented.
import type { Readable } from 'node:stream';

/** The root element each read-only call must answer with (AWS S3 API reference). */
export const EXPECTED_ROOT: Readonly<Record<string, string>> = {
  ListBucketsCommand: 'ListAllMyBucketsResult',
  GetBucketAclCommand: 'AccessControlPolicy',
  GetPublicAccessBlockCommand: 'PublicAccessBlockConfiguration',
  GetBucketEncryptionCommand: 'ServerSideEncryptionConfiguration',
  GetBucketVersioningCommand: 'VersioningConfiguration',
  GetObjectLockConfigurationCommand: 'ObjectLockConfiguration',
  GetBucketLoggingCommand: 'BucketLoggingStatus',
  GetBucketTaggingCommand: 'Tagging',
};

export class UnexpectedAnswer extends Error {
  constructor(
    readonly command: string,
    readonly root: string,
  ) {
    super(`the endpoint answered ${command.replace(/Command$/, '')} with <${root}>, not <${EXPECTED_ROOT[command] ?? '?'}>: it does not implement this API`);
    this.name = 'UnexpectedAnswer';
  }
}

/** The first element name of an XML text ('' when none). */
export function rootElement(xml: string): string {
  const m = /<([A-Za-z_][\w.:-]*)[\s/>]/.exec(xml.replace(/<\?[\s\S]*?\?>/g, '').replace(/<!--[\s\S]*?-->/g, ''));
  return m ? m[1]!.replace(/^\w+:/, '') : '';
}

interface RawResponse {
  statusCode: number;
  body: unknown;
}

const MAX_BODY = 16 * 1024 * 1024;

async function readAll(body: unknown): Promise<Uint8Array> {
  if (body instanceof Uint8Array) return body;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of body as Readable) {
    const b = Buffer.isBuffer(c) ? c : Buffer.from(c as Uint8Array);
    size += b.length;
    if (size > MAX_BODY) throw new Error(`answer larger than ${MAX_BODY} bytes`);
    chunks.push(b);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** Deserialize-step middleware (innermost: it sees the raw HTTP answer before the SDK parses it). */
export const checkAnswerRoot =
  <A, O extends { response: unknown }>(next: (args: A) => Promise<O>, context: { commandName?: string }) =>
  async (args: A): Promise<O> => {
    const out = await next(args);
    const command = context.commandName ?? '';
    const want = EXPECTED_ROOT[command];
    const res = out.response as RawResponse | undefined;
    if (!want || !res || res.statusCode !== 200) return out;
    const bytes = await readAll(res.body);
    // the SDK's parser takes a Uint8Array body as is
    res.body = bytes;
    const root = rootElement(Buffer.from(bytes).toString('utf8', 0, Math.min(bytes.length, 4096)));
    if (root !== want) throw new UnexpectedAnswer(command, root || 'an empty body');
    return out;
  };
