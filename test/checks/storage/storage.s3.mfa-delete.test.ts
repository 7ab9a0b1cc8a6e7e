import check from '../../../checks/storage/storage.s3.mfa-delete.js';
import { checkTester } from '../../helpers/check-tester.js';
import { backup, bucket, denied, notCollected, s3, versioning } from './s3-facts.js';

checkTester.run(check, {
  pass: [{ 's3.buckets': s3([backup('b', { versioning: versioning('Enabled', 'Enabled') })]) }],
  fail: [
    { facts: { 's3.buckets': s3([backup('b', { versioning: versioning('Enabled') })]) }, messageId: 'off', name: 'never configured (no MfaDelete element)' },
    { facts: { 's3.buckets': s3([backup('b', { versioning: versioning('Enabled', 'Disabled') })]) }, messageId: 'off' },
  ],
  notApplicable: [{ facts: { 's3.buckets': s3([bucket('data', { versioning: versioning('Enabled') })]) }, name: 'not a backup bucket' }],
  error: [{ 's3.buckets': notCollected() }, { 's3.buckets': s3([backup('x', { versioning: denied('GetBucketVersioning') })]) }],
});
