import check from '../../../checks/storage/storage.s3.compliance-mode.js';
import { checkTester } from '../../helpers/check-tester.js';
import { backup, bucket, lock, noLock, notCollected, notImplemented, s3 } from './s3-facts.js';

checkTester.run(check, {
  pass: [{ 's3.buckets': s3([backup('b', { objectLock: lock('COMPLIANCE', 30) })], { requireCompliance: true }) }],
  fail: [
    { facts: { 's3.buckets': s3([backup('b', { objectLock: lock('GOVERNANCE', 30) })], { requireCompliance: true }) }, messageId: 'governance' },
    { facts: { 's3.buckets': s3([backup('b', { objectLock: noLock })], { requireCompliance: true }) }, messageId: 'none' },
  ],
  notApplicable: [
    { facts: { 's3.buckets': s3([backup('b', { objectLock: lock('GOVERNANCE', 30) })]) }, name: 'COMPLIANCE not required' },
    { 's3.buckets': s3([bucket('data', { objectLock: lock('GOVERNANCE', 30) })], { requireCompliance: true }) },
    { 's3.buckets': s3([backup('swift', { objectLock: notImplemented('GetObjectLockConfiguration') })], { requireCompliance: true }) },
  ],
  error: [{ 's3.buckets': notCollected() }],
});
