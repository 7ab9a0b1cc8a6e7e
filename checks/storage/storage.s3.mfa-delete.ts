import { defineCheck } from '../../src/engine/check.js';
import { fails, isBackup, passes, perBucket } from '../../src/kit/s3/check-kit.js';

export default defineCheck({
  id: 'storage.s3.mfa-delete',
  title: 'MFA delete is enabled on backup buckets',
  rationale: 'With MFA delete, permanently deleting an object version or changing the versioning state needs the bucket owner\'s MFA code as well as the keys: a stolen access key alone cannot destroy the backups\' history.',
  severity: 'medium',
  pillar: 'data',
  function: 'Data Protection',
  stage: 'advanced',
  targetKinds: ['s3'],
  facts: ['s3.buckets'],
  references: [
    'Amazon S3 User Guide, Configuring MFA delete: https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html',
    'CIS Amazon Web Services Foundations Benchmark v3.0.0, 2.1.2 Ensure MFA Delete is enabled on S3 buckets',
    'NIST SP 800-53 IA-2(1), CP-9',
  ],
  remediation: 'As the root user with its MFA device: aws s3api put-bucket-versioning --bucket NAME --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "MFA-DEVICE-ARN CODE". (Object Lock in COMPLIANCE mode also protects versions and passes storage.s3.compliance-mode.)',
  messages: { off: '{{bucket}} ({{by}}): MFA delete is {{state}}', ok: '{{bucket}} ({{by}}): MFA delete is enabled' },
  evaluate({ 's3.buckets': s3 }, ctx) {
    return perBucket(
      s3,
      ctx,
      (b) => b.versioning,
      (v, b) => (v.mfaDelete === 'Enabled' ? passes('ok', { by: b.backupBy ?? 'backup' }) : fails('off', { by: b.backupBy ?? 'backup', state: v.mfaDelete === 'Disabled' ? 'disabled' : 'not configured' })),
      isBackup,
    );
  },
});
