import check from '../../../checks/storage/storage.s3.versioning.js';
import { checkTester } from '../../helpers/check-tester.js';
import { bucket, denied, notCollected, notImplemented, s3, versioning } from './s3-facts.js';

checkTester.run(check, {
  pass: [{ 's3.buckets': s3([bucket('v', { versioning: versioning('Enabled') })]) }],
  fail: [
    { facts: { 's3.buckets': s3([bucket('never', { versioning: versioning() })]) }, messageId: 'off', name: 'never enabled (no Status)' },
    { facts: { 's3.buckets': s3([bucket('v'), bucket('susp', { versioning: versioning('Suspended') })]) }, messageId: 'off', count: 1 },
  ],
  notApplicable: [{ 's3.buckets': s3([bucket('gw', { versioning: notImplemented('GetBucketVersioning') })]) }],
  error: [{ 's3.buckets': notCollected() }, { 's3.buckets': s3([bucket('x', { versioning: denied('GetBucketVersioning') })]) }],
});
