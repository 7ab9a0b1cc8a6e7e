import { defineCheck } from '../../src/engine/check.js';
import { perBucket } from '../../src/kit/s3/check-kit.js';

export default defineCheck({
  id: 'storage.s3.access-logging',
  title: 'S3 server access logging is enabled on every bucket',
  rationale: 'Server access logs record each request made to the bucket (who, what, when, from where): without them a data theft or a mass deletion leaves no trace to investigate.',
  severity: 'low',
  pillar: 'visibility_analytics',
  function: 'Visibility & Analytics',
  stage: 'initial',
  targetKinds: ['s3'],
  facts: ['s3.buckets'],
  references: [
    'Amazon S3 User Guide, Logging requests with server access logging: https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html',
    'AWS Security Hub S3.9 (server access logging): https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html',
    'NIST SP 800-53 AU-2, AU-12',
  ],
  remediation: 'aws s3api put-bucket-logging --bucket NAME --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"LOG-BUCKET","TargetPrefix":"NAME/"}}\' (the log bucket without Object Lock, as S3 requires), or CloudTrail data events.',
  messages: { off: '{{bucket}}: server access logging is off', ok: '{{bucket}}: access logs go to {{target}}' },
  evaluate({ 's3.buckets': s3 }, ctx) {
    return perBucket(s3, ctx, (b) => b.logging, (l) => (l ? { pass: 'ok', data: { target: `${l.targetBucket}/${l.targetPrefix}` } } : { fail: 'off' }));
  },
});
