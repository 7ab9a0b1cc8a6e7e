import { defineCheck } from '../../src/engine/check.js';
import { describeStatement, perBucket, publicAccessBlock, publicStatements } from '../../src/kit/s3/check-kit.js';

export default defineCheck({
  id: 'storage.s3.public-policy',
  title: 'No S3 bucket policy allows Principal "*" without a condition that restricts who or where',
  rationale: 'An Allow statement for Principal "*" (or NotPrincipal) with no condition on the caller\'s account, organisation, VPC, endpoint or source address grants the action to anyone. AWS calls such a policy public; RestrictPublicBuckets limits it to AWS service principals and the bucket owner\'s account.',
  severity: 'critical',
  pillar: 'identity',
  function: 'Access Management',
  stage: 'initial',
  targetKinds: ['s3'],
  facts: ['s3.buckets'],
  references: [
    'Amazon S3 User Guide, Blocking public access: The meaning of "public": https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status',
    'Amazon S3 User Guide, Bucket policy examples: https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html',
    'NIST SP 800-53 AC-3, AC-6',
  ],
  remediation: 'Name the principals (account or role ARNs) instead of "*", or add a condition with a fixed value on aws:PrincipalOrgID, aws:PrincipalAccount, aws:SourceVpce, aws:SourceVpc or aws:SourceIp; turn on Block Public Access (BlockPublicPolicy, RestrictPublicBuckets).',
  messages: {
    public: '{{bucket}}: {{statements}}',
    restricted: '{{bucket}}: {{statements}}; restricted by Block Public Access (RestrictPublicBuckets)',
    ok: '{{bucket}}: no statement allows everyone',
    none: '{{bucket}}: no bucket policy',
  },
  evaluate({ 's3.buckets': s3 }, ctx) {
    return perBucket(s3, ctx, (b) => b.policy, (policy, b) => {
      if (!policy) return { pass: 'none' };
      if (policy.unreadable) return { notApplicable: `cannot judge the bucket policy: ${policy.unreadable}` };
      const open = publicStatements(policy).map(describeStatement);
      if (!open.length) return { pass: 'ok' };
      if (publicAccessBlock(b)?.restrictPublicBuckets) return { pass: 'restricted', data: { statements: open.join('; ') } };
      return { fail: 'public', data: { statements: open.join('; ') }, evidence: open.join('; ') };
    });
  },
});
