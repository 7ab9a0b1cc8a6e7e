import check from '../../../checks/storage/storage.s3.block-public-access.js';
import { checkTester } from '../../helpers/check-tester.js';
import { bucket, denied, notCollected, notImplemented, ok, pab, s3 } from './s3-facts.js';

checkTester.run(check, {
  pass: [{ 's3.buckets': s3([bucket('a'), bucket('b')]) }],
  fail: [
    { facts: { 's3.buckets': s3([bucket('open', { publicAccessBlock: ok(null) })]) }, messageId: 'none', name: 'NoSuchPublicAccessBlockConfiguration' },
    { facts: { 's3.buckets': s3([bucket('half', { publicAccessBlock: pab({ BlockPublicAcls: true, IgnorePublicAcls: true }) })]) }, messageId: 'off' },
  ],
  notApplicable: [{ 's3.buckets': s3([bucket('swift', { publicAccessBlock: notImplemented('GetPublicAccessBlock') })]) }],
  error: [{ 's3.buckets': notCollected() }, { 's3.buckets': s3([bucket('x', { publicAccessBlock: denied('GetPublicAccessBlock') })]) }],
});
