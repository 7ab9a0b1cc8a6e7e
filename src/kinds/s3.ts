// S3-compatible object storage (AWS, MinIO, Ceph RGW, Swift s3api): `--s3 URL` (repeatable), or an
// inventory target `kind: s3` whose address is the endpoint URL. The provider (src/providers/s3/)
// owns its client, the AWS SDK, over the shared HTTPS agent (certificates verified, --ca / ca:).
// Plain http:// is accepted for a loopback endpoint only (a local gateway, a test server): anywhere
// else it would carry the bucket settings and the signed requests in the clear.
import { isIP } from 'node:net';
import { UsageError } from '../engine/errors.js';
import { list, type KindDefinition } from './definition.js';
import type { TargetSpec } from './types.js';

const LOOPBACK_NAMES = new Set(['localhost', 'ip6-localhost']);

export const isLoopbackHost = (host: string): boolean => {
  const h = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (LOOPBACK_NAMES.has(h)) return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  return h === '::1';
};

/** The endpoint's origin (scheme://host:port); a bad URL, a path, or http:// off loopback is a usage error. */
export function s3Endpoint(url: string, what = '--s3 URL'): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new UsageError(`bad ${what} "${url}" (expected https://host[:port], e.g. https://s3.eu-west-1.amazonaws.com)`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new UsageError(`bad ${what} "${url}" (expected https://host[:port])`);
  if (u.username || u.password) throw new UsageError(`bad ${what}: credentials do not belong in the URL; use the AWS environment or profile, or inventory credentials`);
  if ((u.pathname !== '/' && u.pathname !== '') || u.search || u.hash) throw new UsageError(`bad ${what} "${url}": give the endpoint only (scheme://host[:port]), buckets are listed from it`);
  if (u.protocol === 'http:' && !isLoopbackHost(u.hostname)) throw new UsageError(`bad ${what} "${url}": plain http:// is accepted for a loopback endpoint only; use https://`);
  return u;
}

export function s3Target(url: string): TargetSpec {
  const u = s3Endpoint(url);
  return { id: `s3:${u.host}`, kind: 's3', name: u.host, address: u.origin, options: { transport: 'https' } };
}

export const S3: KindDefinition = {
  kind: 's3',
  description: 'S3-compatible object storage (AWS, MinIO, Ceph RGW, Swift s3api) through the S3 API',
  transports: ['https'],
  defaultTransport: () => 'https',
  flags: [{ flags: '--s3 <url>', description: 'an S3-compatible endpoint, https://host[:port]; credentials from the AWS environment or profile (repeatable)', repeatable: true }],
  fromFlags: (f) => list(f.s3).map(s3Target),
  checkAddress: (address) => void s3Endpoint(address, 'address'),
  checkOptions: (options) => void s3Options(options),
  sarifPrefix: 's3',
};

/** The kind's inventory options (`options:` of a `kind: s3` target), read and checked. */
export interface S3Options {
  /** only these buckets (default: every bucket ListBuckets returns) */
  buckets?: string[];
  /** buckets holding backups: names or globs (`backup-*`) */
  backupBuckets: string[];
  /** a bucket with this tag is a backup bucket too ("KEY=VALUE", default "backup=true") */
  backupTag: { key: string; value: string };
  /** signing region (default: AWS_REGION, AWS_DEFAULT_REGION, else us-east-1) */
  region?: string;
  /** path-style addressing (https://host/bucket); default on for every endpoint but *.amazonaws.com */
  pathStyle?: boolean;
  /** AWS profile of the shared config files (default: AWS_PROFILE, else "default") */
  profile?: string;
  minRetentionDays?: number;
  requireCompliance: boolean;
  requireKms: boolean;
}

export const S3_OPTION_KEYS = ['buckets', 'backupBuckets', 'backupTag', 'region', 'pathStyle', 'profile', 'minRetentionDays', 'requireCompliance', 'requireKms'] as const;

const BUCKET = /^[A-Za-z0-9][A-Za-z0-9._*?-]{0,254}$/;

/** Read an s3 target's inventory options; an unknown or wrong field is a UsageError naming it ("options.region: ..."). */
export function s3Options(raw: Readonly<Record<string, unknown>>): S3Options {
  const bad = (field: string, want: string): UsageError => new UsageError(`options.${field}: expected ${want}`);
  const names = (field: string): string[] | undefined => {
    const v = raw[field];
    if (v === undefined) return undefined;
    if (!Array.isArray(v) || !v.every((x): x is string => typeof x === 'string' && BUCKET.test(x))) throw bad(field, 'a list of bucket names');
    return v;
  };
  const bool = (field: string): boolean | undefined => {
    const v = raw[field];
    if (v === undefined) return undefined;
    if (typeof v !== 'boolean') throw bad(field, 'true or false');
    return v;
  };
  const str = (field: string, re: RegExp): string | undefined => {
    const v = raw[field];
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || !re.test(v)) throw bad(field, 'a name');
    return v;
  };
  for (const k of Object.keys(raw)) {
    if (!(S3_OPTION_KEYS as readonly string[]).includes(k)) throw new UsageError(`options.${k}: not an s3 option (known: ${S3_OPTION_KEYS.join(', ')})`);
  }
  const tag = str('backupTag', /^[^=\s]{1,128}=[^\s]{0,256}$/) ?? 'backup=true';
  const eq = tag.indexOf('=');
  const days = raw.minRetentionDays;
  if (days !== undefined && (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 36500)) throw bad('minRetentionDays', 'a whole number of days, 1 to 36500');
  const buckets = names('buckets');
  const region = str('region', /^[a-z0-9-]{1,64}$/);
  const pathStyle = bool('pathStyle');
  const profile = str('profile', /^[A-Za-z0-9._@+=,-]{1,128}$/);
  return {
    ...(buckets ? { buckets } : {}),
    backupBuckets: names('backupBuckets') ?? [],
    backupTag: { key: tag.slice(0, eq), value: tag.slice(eq + 1) },
    ...(region ? { region } : {}),
    ...(pathStyle !== undefined ? { pathStyle } : {}),
    ...(profile ? { profile } : {}),
    ...(typeof days === 'number' ? { minRetentionDays: days } : {}),
    requireCompliance: bool('requireCompliance') ?? false,
    requireKms: bool('requireKms') ?? false,
  };
}

/** The s3 options among a target's options (which also hold transport, ca, credentials...). */
export const s3OptionsOf = (options: Readonly<Record<string, unknown>>): S3Options =>
  s3Options(Object.fromEntries(Object.entries(options).filter(([k]) => (S3_OPTION_KEYS as readonly string[]).includes(k))));
