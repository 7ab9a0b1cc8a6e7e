import check from '../../../checks/storage/storage.s3.retention-minimum.js';
import { checkTester } from '../../helpers/check-tester.js';
import { backup, bucket, lock, noLock, notCollected, notImplemented, s3 } from './s3-facts.js';

checkTester.run(check, {
  pass: [
    { 's3.buckets': s3([backup('b', { objectLock: lock('COMPLIANCE', 30) })], { minRetentionDays: 30 }) },
    { facts: { 's3.buckets': s3([backup('b', { objectLock: lock('GOVERNANCE', undefined, 1) })], { minRetentionDays: 90 }) }, messageId: 'ok', name: '1 year is 365 days' },
  ],
  fail: [
    { facts: { 's3.buckets': s3([backup('b', { objectLock: lock('COMPLIANCE', 7) })], { minRetentionDays: 30 }) }, messageId: 'short' },
    { facts: { 's3.buckets': s3([backup('b', { objectLock: noLock })], { minRetentionDays: 30 }) }, messageId: 'none' },
  ],
  notApplicable: [
    { facts: { 's3.buckets': s3([backup('b', { objectLock: lock('COMPLIANCE', 1) })]) }, name: 'no minimum configured' },
    { 's3.buckets': s3([bucket('data', { objectLock: lock('COMPLIANCE', 1) })], { minRetentionDays: 30 }) },
    { 's3.buckets': s3([backup('swift', { objectLock: notImplemented('GetObjectLockConfiguration') })], { minRetentionDays: 30 }) },
  ],
  error: [{ 's3.buckets': notCollected() }],
});
