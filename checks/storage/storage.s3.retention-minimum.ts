import { defineCheck } from '../../src/engine/check.js';
import { fails, isBackup, passes, perBucket, retentionDays } from '../../src/kit/s3/check-kit.js';

export default defineCheck({
  id: 'storage.s3.retention-minimum',
  title: 'The default Object Lock retention of backup buckets is at least the site minimum (options.minRetentionDays)',
  rationale: 'Ransomware often sits undetected for weeks before it strikes; a retention shorter than that window lets the locked backups expire before anyone needs them. The site sets the minimum in the inventory (options.minRetentionDays).',
  severity: 'medium',
  pillar: 'data',
  function: 'Data Protection',
  stage: 'advanced',
  targetKinds: ['s3'],
  facts: ['s3.buckets'],
  references: [
    'Amazon S3 User Guide, Object Lock retention periods: https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html#object-lock-retention-periods',
    'CISA #StopRansomware Guide: https://www.cisa.gov/stopransomware/ransomware-guide',
    'NIST IR 8374, Ransomware Risk Management: A Cybersecurity Framework Profile',
  ],
  remediation: 'aws s3api put-object-lock-configuration --bucket NAME --object-lock-configuration \'{"ObjectLockEnabled":"Enabled","Rule":{"DefaultRetention":{"Mode":"COMPLIANCE","Days":N}}}\' with N at least the site minimum.',
  messages: { short: '{{bucket}}: default retention {{days}} days, shorter than the minimum of {{min}} days', none: '{{bucket}}: no default retention (the minimum is {{min}} days)', ok: '{{bucket}}: default retention {{days}} days (minimum {{min}})' },
  evaluate({ 's3.buckets': s3 }, ctx) {
    const min = s3.rules.minRetentionDays;
    if (min === undefined) return [ctx.notApplicable('no minimum retention is configured (inventory options.minRetentionDays)')];
    return perBucket(
      s3,
      ctx,
      (b) => b.objectLock,
      (lock) => {
        const days = lock?.enabled ? retentionDays(lock) : undefined;
        if (days === undefined) return fails('none', { min });
        return days >= min ? passes('ok', { days, min }) : fails('short', { days, min }, `${days} < ${min}`);
      },
      isBackup,
    );
  },
});
