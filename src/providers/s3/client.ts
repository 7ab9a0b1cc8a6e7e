// The S3 client of one target: the AWS SDK for JavaScript v3 over the shared HTTPS agent
// (src/transports/https.ts: certificate always verified, against --ca / inventory ca: when given).
// Credentials: the inventory's references when it names them, else the standard AWS chain of the
// environment (AWS_ACCESS_KEY_ID...) then the shared config and credentials files (AWS_PROFILE).
// The instance metadata service is never asked: ztaudit makes no request beyond the target.
import { S3Client } from '@aws-sdk/client-s3';
import { fromEnv } from '@aws-sdk/credential-provider-env';
import { fromIni } from '@aws-sdk/credential-provider-ini';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { S3Options } from '../../kinds/s3.js';
import type { TargetSpec } from '../../kinds/types.js';
import { resolveCredential } from '../../inventory/credentials.js';
import type { Credentials } from '../../inventory/schema.js';
import { tlsAgent } from '../../transports/https.js';
import { checkAnswerRoot } from './answer-root.js';

/** What a credentials provider yields (the SDK's AwsCredentialIdentity, without importing its types package). */
interface AwsCredentialIdentity {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}
type AwsCredentialIdentityProvider = () => Promise<AwsCredentialIdentity>;

export interface S3Connection {
  client: S3Client;
  endpoint: string;
  region: string;
  pathStyle: boolean;
  /** the credentials in use, resolved once: a failure here is the target's reason */
  credentials(): Promise<AwsCredentialIdentity>;
  close(): void;
}

const isAws = (host: string): boolean => /(^|\.)amazonaws\.com(\.cn)?$/i.test(host);

/** The chain when the inventory names no credentials: environment, then the profile's files. */
function standardChain(profile: string | undefined): AwsCredentialIdentityProvider {
  const env = fromEnv();
  const ini = fromIni(profile ? { profile } : {});
  return async () => {
    try {
      return await env();
    } catch {
      try {
        return await ini();
      } catch {
        throw new Error('no AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE (shared config files), or inventory credentials accessKeyId / secretAccessKey');
      }
    }
  };
}

function inventoryCredentials(target: TargetSpec): AwsCredentialIdentityProvider | undefined {
  const creds = target.options.credentials as Credentials | undefined;
  if (!creds?.accessKeyId && !creds?.secretAccessKey) return undefined;
  if (!creds.accessKeyId || !creds.secretAccessKey) throw new Error(`target ${target.name}: credentials name accessKeyId and secretAccessKey together`);
  const accessKeyId = resolveCredential(creds.accessKeyId, `target ${target.name}: credentials.accessKeyId`);
  const secretAccessKey = resolveCredential(creds.secretAccessKey, `target ${target.name}: credentials.secretAccessKey`);
  return () => Promise.resolve({ accessKeyId, secretAccessKey });
}

const sdkLogger = (log: (message: string) => void) => {
  const say = (...args: unknown[]): void => log(`aws-sdk: ${args.map(String).join(' ')}`);
  return { trace: () => undefined, debug: () => undefined, info: () => undefined, warn: say, error: say };
};

export function connectS3(target: TargetSpec, opts: S3Options, timeoutMs: number, log: (message: string) => void): S3Connection {
  // the SDK warns on stderr, once per process, that its releases after January 2027 need Node 22:
  // that is about upgrading the SDK (package.json pins this one), not about the audit
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const endpoint = target.address ? new URL(target.address) : undefined;
  const region = opts.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
  const pathStyle = opts.pathStyle ?? (endpoint ? !isAws(endpoint.hostname) : false);
  const agent = tlsAgent({ ...(typeof target.options.ca === 'string' ? { caFile: target.options.ca } : {}), maxSockets: 8 });
  const perRequest = Math.max(1000, Math.min(timeoutMs, 30_000));
  const provider = inventoryCredentials(target) ?? standardChain(opts.profile);
  let resolved: Promise<AwsCredentialIdentity> | undefined;
  const credentials = (): Promise<AwsCredentialIdentity> => (resolved ??= provider());
  const client = new S3Client({
    region,
    ...(endpoint ? { endpoint: endpoint.origin } : {}),
    forcePathStyle: pathStyle,
    followRegionRedirects: true,
    credentials,
    // one retry for a dropped connection or a 5xx; a certificate problem is not retried
    maxAttempts: 2,
    // a slow answer is an error of that call, and the SDK's own warnings go to -v, never to stderr
    requestHandler: new NodeHttpHandler({ httpsAgent: agent, connectionTimeout: perRequest, requestTimeout: perRequest, throwOnRequestTimeout: true, logger: sdkLogger(log) }),
    logger: sdkLogger(log),
  });
  client.middlewareStack.add(checkAnswerRoot, { step: 'deserialize', priority: 'low', name: 'ztauditAnswerRoot' });
  return {
    client,
    endpoint: endpoint?.origin ?? `https://s3.${region}.amazonaws.com`,
    region,
    pathStyle,
    credentials,
    close: () => {
      client.destroy();
      agent.destroy();
    },
  };
}
