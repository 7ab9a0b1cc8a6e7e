import check from '../../../checks/storage/storage.s3.default-encryption.js';
import { checkTester } from '../../helpers/check-tester.js';
import { bucket, denied, notCollected, notImplemented, s3, sse } from './s3-facts.js';

checkTester.run(check, {
  pass: [
    { 's3.buckets': s3([bucket('kms')], { requireKms: true }) },
    { facts: { 's3.buckets': s3([bucket('sse-s3', { encryption: sse('AES256') })]) }, messageId: 'ok', name: 'SSE-S3 where KMS is not required' },
  ],
  fail: [
    { facts: { 's3.buckets': s3([bucket('plain', { encryption: sse(null) })]) }, messageId: 'none', name: 'ServerSideEncryptionConfigurationNotFoundError' },
    { facts: { 's3.buckets': s3([bucket('sse-s3', { encryption: sse('AES256') })], { requireKms: true }) }, messageId: 'notKms' },
  ],
  notApplicable: [{ 's3.buckets': s3([bucket('swift', { encryption: notImplemented('GetBucketEncryption') })]) }],
  error: [{ 's3.buckets': notCollected() }, { 's3.buckets': s3([bucket('x', { encryption: denied('GetBucketEncryption') })]) }],
});
