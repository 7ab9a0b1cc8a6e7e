// S3 object storage facts: per bucket, what each read-only S3 call answered. A setting the bucket
// does not have (NoSuchBucketPolicy, ServerSideEncryptionConfigurationNotFoundError...) is a value
// (null), not an error; an API the endpoint does not implement is `not_implemented` with the reason,
// so checks say not_applicable, never pass or fail; a refused or failed call is `error`.
// No credential ever enters these facts: the access key id and the secret stay in the client.

/** What one S3 call answered about one bucket. */
export type S3Read<T> = { state: 'ok'; value: T } | { state: 'not_implemented'; reason: string } | { state: 'error'; reason: string };

/** An ACL grantee: the two public groups by name, the log delivery group, or a canonical user / other. */
export type S3GranteeKind = 'AllUsers' | 'AuthenticatedUsers' | 'LogDelivery' | 'CanonicalUser' | 'Email' | 'Group';

export interface S3Grant {
  grantee: S3GranteeKind;
  /** display name or canonical id of a user, URI of another group */
  who?: string;
  /** READ, WRITE, READ_ACP, WRITE_ACP, FULL_CONTROL */
  permission: string;
}

export interface S3Acl {
  owner?: string;
  grants: S3Grant[];
}

/** One bucket policy statement, normalised: single values as lists, Principal "*" and {"AWS":"*"} as "*". */
export interface S3PolicyStatement {
  sid?: string;
  effect: 'Allow' | 'Deny';
  /** principals as written ("*", ARNs, service names); NotPrincipal when `notPrincipal` */
  principals: string[];
  notPrincipal: boolean;
  actions: string[];
  notAction: boolean;
  resources: string[];
  /** condition operator -> key -> values (keys lower-cased, as IAM compares them case-insensitively) */
  conditions: Record<string, Record<string, string[]>>;
}

export interface S3Policy {
  statements: S3PolicyStatement[];
  /** the document could not be read as JSON (the checks cannot judge it) */
  unreadable?: string;
}

export interface S3PublicAccessBlock {
  blockPublicAcls: boolean;
  ignorePublicAcls: boolean;
  blockPublicPolicy: boolean;
  restrictPublicBuckets: boolean;
}

export interface S3EncryptionRule {
  /** AES256 (SSE-S3), aws:kms, aws:kms:dsse */
  algorithm: string;
  /** a KMS key is named (its id is not kept) */
  kmsKey: boolean;
  bucketKey: boolean;
}

export interface S3Versioning {
  /** Off: never enabled (the answer has no Status) */
  status: 'Enabled' | 'Suspended' | 'Off';
  /** Off when the answer has no MfaDelete element (AWS omits it when never set) */
  mfaDelete: 'Enabled' | 'Disabled' | 'Off';
}

export interface S3ObjectLock {
  enabled: boolean;
  /** default retention of new objects; absent when the bucket has none */
  mode?: 'GOVERNANCE' | 'COMPLIANCE';
  days?: number;
  years?: number;
}

export interface S3Logging {
  targetBucket: string;
  targetPrefix: string;
}

export interface S3Bucket {
  name: string;
  /** labelled a backup bucket: by options.backupBuckets or by its tag */
  backup: boolean;
  /** why it counts as a backup bucket ("options.backupBuckets", "tag backup=true") */
  backupBy?: string;
  tags: S3Read<Record<string, string>>;
  acl: S3Read<S3Acl>;
  /** null: no bucket policy */
  policy: S3Read<S3Policy | null>;
  /** null: no Block Public Access configuration on the bucket */
  publicAccessBlock: S3Read<S3PublicAccessBlock | null>;
  /** null: no default encryption configuration */
  encryption: S3Read<S3EncryptionRule[] | null>;
  versioning: S3Read<S3Versioning>;
  /** null: no Object Lock configuration (Object Lock was not enabled when the bucket was made) */
  objectLock: S3Read<S3ObjectLock | null>;
  /** null: server access logging off */
  logging: S3Read<S3Logging | null>;
}

/** The site's rules from the inventory options, carried with the facts so the checks can read them. */
export interface S3Rules {
  /** options.minRetentionDays: shortest default Object Lock retention allowed on backup buckets */
  minRetentionDays?: number;
  /** options.requireCompliance: backup buckets must lock in COMPLIANCE mode */
  requireCompliance: boolean;
  /** options.requireKms: default encryption must be SSE-KMS, not SSE-S3 */
  requireKms: boolean;
  /** the tag that marks a backup bucket (options.backupTag, default backup=true) */
  backupTag: { key: string; value: string };
}

export interface S3Facts {
  /** scheme://host:port of the endpoint */
  endpoint: string;
  region: string;
  pathStyle: boolean;
  buckets: S3Bucket[];
  /** buckets options.buckets names that ListBuckets did not return */
  missing: string[];
  rules: S3Rules;
}

declare module '../../engine/facts.js' {
  interface FactTypes {
    's3.buckets': S3Facts;
  }
}
