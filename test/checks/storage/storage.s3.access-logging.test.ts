import check from '../../../checks/storage/storage.s3.access-logging.js';
import { checkTester } from '../../helpers/check-tester.js';
import { bucket, denied, notCollected, notImplemented, ok, s3 } from './s3-facts.js';

checkTester.run(check, {
  pass: [{ 's3.buckets': s3([bucket('a')]) }],
  fail: [{ facts: { 's3.buckets': s3([bucket('a'), bucket('quiet', { logging: ok(null) })]) }, messageId: 'off', count: 1 }],
  notApplicable: [{ 's3.buckets': s3([bucket('gw', { logging: notImplemented('GetBucketLogging') })]) }],
  error: [{ 's3.buckets': notCollected() }, { 's3.buckets': s3([bucket('x', { logging: denied('GetBucketLogging') })]) }],
});
