import { defineCheck } from '../../src/engine/check.js';
import { isBackup, perBucket } from '../../src/kit/s3/check-kit.js';

export default defineCheck({
  id: 'storage.s3.compliance-mode',
  title: 'Backup buckets lock in COMPLIANCE mode where the site requires it (options.requireCompliance)',
  rationale: 'In GOVERNANCE mode any identity with s3:BypassGovernanceRetention can shorten the retention or delete a locked version, so a stolen administrator credential still destroys the backups. In COMPLIANCE mode nobody, the root user included, can until the retention ends.',
  severity: 'medium',
  pillar: 'data',
  function: 'Data Protection',
  stage: 'optimal',
  targetKinds: ['s3'],
  facts: ['s3.buckets'],
  references: [
    'Amazon S3 User Guide, Object Lock retention modes: https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html#object-lock-retention-modes',
    'CISA #StopRansomware Guide: https://www.cisa.gov/stopransomware/ransomware-guide',
  ],
  remediation: 'Set the default retention mode to COMPLIANCE: aws s3api put-object-lock-configuration --bucket NAME --object-lock-configuration \'{"ObjectLockEnabled":"Enabled","Rule":{"DefaultRetention":{"Mode":"COMPLIANCE","Days":N}}}\'.',
  messages: { governance: '{{bucket}}: default retention mode is GOVERNANCE, the site requires COMPLIANCE', none: '{{bucket}}: no Object Lock default retention, the site requires COMPLIANCE', ok: '{{bucket}}: default retention mode is COMPLIANCE' },
  evaluate({ 's3.buckets': s3 }, ctx) {
    if (!s3.rules.requireCompliance) return [ctx.notApplicable('COMPLIANCE mode is not required (inventory options.requireCompliance)')];
    return perBucket(
      s3,
      ctx,
      (b) => b.objectLock,
      (lock) => (!lock?.enabled || !lock.mode ? { fail: 'none' } : lock.mode === 'COMPLIANCE' ? { pass: 'ok' } : { fail: 'governance', evidence: 'GOVERNANCE' }),
      isBackup,
    );
  },
});
