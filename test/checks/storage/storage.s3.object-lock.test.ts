import check from '../../../checks/storage/storage.s3.object-lock.js';
import { checkTester } from '../../helpers/check-tester.js';
import { backup, bucket, denied, lock, noLock, notCollected, notImplemented, s3 } from './s3-facts.js';

checkTester.run(check, {
  pass: [
    { 's3.buckets': s3([backup('backups', { objectLock: lock('GOVERNANCE', 30) })]) },
    { facts: { 's3.buckets': s3([backup('vault', { objectLock: lock('COMPLIANCE', undefined, 1), backupBy: 'tag backup=true' })]) }, messageId: 'ok', name: 'years, tagged' },
  ],
  fail: [
    { facts: { 's3.buckets': s3([backup('backups', { objectLock: noLock })]) }, messageId: 'off', name: 'ObjectLockConfigurationNotFoundError' },
    { facts: { 's3.buckets': s3([backup('backups', { objectLock: lock() })]) }, messageId: 'noRetention' },
  ],
  notApplicable: [
    { facts: { 's3.buckets': s3([bucket('data', { objectLock: noLock })]) }, name: 'not a backup bucket' },
    { 's3.buckets': s3([backup('swift', { objectLock: notImplemented('GetObjectLockConfiguration') })]) },
  ],
  error: [{ 's3.buckets': notCollected() }, { 's3.buckets': s3([backup('x', { objectLock: denied('GetObjectLockConfiguration') })]) }],
});
