import { defineCheck } from '../../src/engine/check.js';
import { perBucket, publicAccessBlock, publicGrants } from '../../src/kit/s3/check-kit.js';

export default defineCheck({
  id: 'storage.s3.public-acl',
  title: 'No S3 bucket ACL grants access to everyone (AllUsers) or to any AWS account (AuthenticatedUsers)',
  rationale: 'An ACL grant to the AllUsers group opens the bucket to anyone on the internet, and one to AuthenticatedUsers to anyone with any AWS account: neither is a known identity. Block Public Access with IgnorePublicAcls makes S3 disregard such grants.',
  severity: 'high',
  pillar: 'identity',
  function: 'Access Management',
  stage: 'initial',
  targetKinds: ['s3'],
  facts: ['s3.buckets'],
  references: [
    'Amazon S3 User Guide, Access control list (ACL) overview: https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html',
    'Amazon S3 User Guide, Security best practices (disable ACLs, block public access): https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html',
    'AWS Security Hub S3.2 / S3.3 (no public read / write access): https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html',
    'NIST SP 800-53 AC-3, AC-6',
  ],
  remediation: 'Set the bucket ACL to private (aws s3api put-bucket-acl --bucket NAME --acl private) and disable ACLs with Object Ownership "BucketOwnerEnforced"; turn on Block Public Access (IgnorePublicAcls, BlockPublicAcls).',
  messages: { public: '{{bucket}}: the ACL grants {{grants}}', ignored: '{{bucket}}: the ACL grants {{grants}}, ignored by Block Public Access (IgnorePublicAcls)', ok: '{{bucket}}: no public ACL grant' },
  evaluate({ 's3.buckets': s3 }, ctx) {
    return perBucket(s3, ctx, (b) => b.acl, (acl, b) => {
      const grants = publicGrants(acl);
      if (!grants.length) return { pass: 'ok' };
      if (publicAccessBlock(b)?.ignorePublicAcls) return { pass: 'ignored', data: { grants: grants.join(', ') } };
      return { fail: 'public', data: { grants: grants.join(', ') }, evidence: grants.join(', ') };
    });
  },
});
