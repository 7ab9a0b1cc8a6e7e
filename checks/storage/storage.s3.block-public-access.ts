import { defineCheck } from '../../src/engine/check.js';
import { perBucket } from '../../src/kit/s3/check-kit.js';

export default defineCheck({
  id: 'storage.s3.block-public-access',
  title: 'S3 Block Public Access is on for every bucket (all four settings)',
  rationale: 'Block Public Access overrides any ACL or policy that would make the bucket public, so a later mistake in either cannot expose it. Each of the four settings closes a different path: new public ACLs, existing public ACLs, new public policies, existing public policies.',
  severity: 'high',
  pillar: 'data',
  function: 'Data Access',
  stage: 'initial',
  targetKinds: ['s3'],
  facts: ['s3.buckets'],
  references: [
    'Amazon S3 User Guide, Blocking public access to your Amazon S3 storage: https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    'CIS Amazon Web Services Foundations Benchmark v3.0.0, 2.1.4 Ensure that S3 is configured with Block Public Access enabled',
    'AWS Security Hub S3.8 (bucket-level block public access): https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html',
  ],
  remediation: 'aws s3api put-public-access-block --bucket NAME --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true (and the same at the account level with s3control).',
  messages: { off: '{{bucket}}: Block Public Access {{missing}}', none: '{{bucket}}: no Block Public Access configuration', ok: '{{bucket}}: all four Block Public Access settings are on' },
  evaluate({ 's3.buckets': s3 }, ctx) {
    return perBucket(s3, ctx, (b) => b.publicAccessBlock, (pab) => {
      if (!pab) return { fail: 'none' };
      const missing = (['blockPublicAcls', 'ignorePublicAcls', 'blockPublicPolicy', 'restrictPublicBuckets'] as const).filter((k) => !pab[k]);
      if (!missing.length) return { pass: 'ok' };
      const names = missing.map((k) => k[0]!.toUpperCase() + k.slice(1));
      return { fail: 'off', data: { missing: `${names.join(', ')} ${missing.length === 1 ? 'is' : 'are'} off` }, evidence: names.join(', ') };
    });
  },
});
