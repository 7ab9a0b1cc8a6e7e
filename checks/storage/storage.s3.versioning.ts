import { defineCheck } from '../../src/engine/check.js';
import { perBucket } from '../../src/kit/s3/check-kit.js';

export default defineCheck({
  id: 'storage.s3.versioning',
  title: 'S3 bucket versioning is enabled',
  rationale: 'Without versioning an overwrite or a delete destroys the only copy: ransomware that rewrites objects, or a stolen key used to delete them, leaves nothing to restore. Versioning is also what Object Lock and MFA delete build on.',
  severity: 'medium',
  pillar: 'data',
  function: 'Data Protection',
  stage: 'initial',
  targetKinds: ['s3'],
  facts: ['s3.buckets'],
  references: [
    'Amazon S3 User Guide, Retaining multiple versions of objects with S3 Versioning: https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html',
    'Amazon S3 User Guide, Security best practices (enable versioning): https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html',
    'NIST SP 800-53 CP-9',
  ],
  remediation: 'aws s3api put-bucket-versioning --bucket NAME --versioning-configuration Status=Enabled, with a lifecycle rule that expires noncurrent versions after the recovery window.',
  messages: { off: '{{bucket}}: versioning is {{status}}', ok: '{{bucket}}: versioning is enabled' },
  evaluate({ 's3.buckets': s3 }, ctx) {
    return perBucket(s3, ctx, (b) => b.versioning, (v) => (v.status === 'Enabled' ? { pass: 'ok' } : { fail: 'off', data: { status: v.status === 'Off' ? 'never enabled' : 'suspended' } }));
  },
});
