import { defineCheck } from '../../src/engine/check.js';
import { deniesPlainHttp, perBucket } from '../../src/kit/s3/check-kit.js';

export default defineCheck({
  id: 'storage.s3.tls-only',
  title: 'Every S3 bucket policy denies requests that are not over TLS (aws:SecureTransport)',
  rationale: 'S3 accepts plain HTTP unless a policy refuses it: object data, keys and presigned URLs then cross the network in the clear. Only an explicit Deny for every principal and every S3 action when aws:SecureTransport is false closes it.',
  severity: 'medium',
  pillar: 'networks',
  function: 'Traffic Encryption',
  stage: 'initial',
  targetKinds: ['s3'],
  facts: ['s3.buckets'],
  references: [
    'Amazon S3 User Guide, Security best practices (enforce encryption of data in transit): https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html',
    'CIS Amazon Web Services Foundations Benchmark v3.0.0, 2.1.1 Ensure S3 Bucket Policy is set to deny HTTP requests',
    'AWS Security Hub S3.5 (requests must use SSL): https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html',
    'NIST SP 800-53 SC-8',
  ],
  remediation: 'Add to the bucket policy: {"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::NAME","arn:aws:s3:::NAME/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}.',
  messages: { none: '{{bucket}}: no bucket policy, so plain HTTP is not denied', missing: '{{bucket}}: the bucket policy does not deny requests without TLS', ok: '{{bucket}}: the bucket policy denies requests without TLS' },
  evaluate({ 's3.buckets': s3 }, ctx) {
    return perBucket(s3, ctx, (b) => b.policy, (policy) => {
      if (!policy) return { fail: 'none' };
      if (policy.unreadable) return { notApplicable: `cannot judge the bucket policy: ${policy.unreadable}` };
      return deniesPlainHttp(policy) ? { pass: 'ok' } : { fail: 'missing' };
    });
  },
});
