import { defineCheck } from '../../src/engine/check.js';
import { perBucket } from '../../src/kit/s3/check-kit.js';

export default defineCheck({
  id: 'storage.s3.default-encryption',
  title: 'Every S3 bucket encrypts new objects by default (SSE-KMS where the site requires it)',
  rationale: 'Default encryption encrypts every object written without its own encryption header. Where the inventory sets requireKms, SSE-S3 (AES256) is not enough: SSE-KMS puts each decryption under a key policy and in the audit trail.',
  severity: 'medium',
  pillar: 'data',
  function: 'Data Encryption',
  stage: 'initial',
  targetKinds: ['s3'],
  facts: ['s3.buckets'],
  references: [
    'Amazon S3 User Guide, Setting default server-side encryption behavior for Amazon S3 buckets: https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-encryption.html',
    'Amazon S3 User Guide, Security best practices (server-side encryption): https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html',
    'NIST SP 800-53 SC-28',
  ],
  remediation: 'aws s3api put-bucket-encryption --bucket NAME --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"KEY-ARN"},"BucketKeyEnabled":true}]}\' (AES256 where SSE-S3 is enough).',
  messages: { none: '{{bucket}}: no default encryption', notKms: '{{bucket}}: default encryption is {{algorithm}}, the site requires SSE-KMS (options.requireKms)', ok: '{{bucket}}: default encryption {{algorithm}}' },
  evaluate({ 's3.buckets': s3 }, ctx) {
    return perBucket(s3, ctx, (b) => b.encryption, (rules) => {
      if (!rules) return { fail: 'none' };
      const algorithm = rules.map((r) => r.algorithm).join(', ');
      if (s3.rules.requireKms && !rules.some((r) => r.algorithm.startsWith('aws:kms'))) return { fail: 'notKms', data: { algorithm }, evidence: algorithm };
      return { pass: 'ok', data: { algorithm } };
    });
  },
});
