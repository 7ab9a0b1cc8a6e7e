import { defineCheck } from '../../src/engine/check.js';
import { fails, isBackup, passes, perBucket } from '../../src/kit/s3/check-kit.js';

export default defineCheck({
  id: 'storage.s3.object-lock',
  title: 'Backup buckets are immutable: S3 Object Lock on, with a default retention',
  rationale: 'A backup that its own credentials can delete or overwrite is not a recovery path from ransomware: attackers delete the backups first. Object Lock (WORM) with a default retention makes every new backup object undeletable for the retention period, whoever asks.',
  severity: 'high',
  pillar: 'data',
  function: 'Data Protection',
  stage: 'advanced',
  targetKinds: ['s3'],
  facts: ['s3.buckets'],
  references: [
    'Amazon S3 User Guide, Locking objects with Object Lock: https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html',
    'CISA #StopRansomware Guide: maintain offline, encrypted and immutable backups: https://www.cisa.gov/stopransomware/ransomware-guide',
    'NIST IR 8374, Ransomware Risk Management: A Cybersecurity Framework Profile (PR.IP-4 backups)',
    'NIST SP 800-209, Security Guidelines for Storage Infrastructure (data protection: immutable copies)',
  ],
  remediation: 'Create backup buckets with Object Lock (aws s3api create-bucket --object-lock-enabled-for-bucket) or enable it on an existing versioned bucket (put-object-lock-configuration ObjectLockEnabled=Enabled), and set a default retention: Rule={DefaultRetention={Mode=COMPLIANCE,Days=N}}.',
  messages: { off: '{{bucket}} ({{by}}): Object Lock is not enabled', noRetention: '{{bucket}} ({{by}}): Object Lock is on but has no default retention', ok: '{{bucket}} ({{by}}): Object Lock {{mode}} for {{period}}' },
  evaluate({ 's3.buckets': s3 }, ctx) {
    return perBucket(
      s3,
      ctx,
      (b) => b.objectLock,
      (lock, b) => {
        const by = b.backupBy ?? 'backup';
        if (!lock?.enabled) return fails('off', { by });
        if (!lock.mode || (lock.days === undefined && lock.years === undefined)) return fails('noRetention', { by });
        return passes('ok', { by, mode: lock.mode, period: lock.days !== undefined ? `${lock.days} days` : `${lock.years} years` });
      },
      isBackup,
    );
  },
});
