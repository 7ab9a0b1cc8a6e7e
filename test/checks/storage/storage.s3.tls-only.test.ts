import check from '../../../checks/storage/storage.s3.tls-only.js';
import { checkTester } from '../../helpers/check-tester.js';
import { bucket, denied, denyHttp, notCollected, notImplemented, ok, policy, publicRead, s3 } from './s3-facts.js';

const deny = (over: object) => ({ ...denyHttp, ...over });

checkTester.run(check, {
  pass: [
    { 's3.buckets': s3([bucket('a', { policy: policy(publicRead, denyHttp) })]) },
    { facts: { 's3.buckets': s3([bucket('a', { policy: policy(deny({ Action: '*', Principal: { AWS: '*' }, Condition: { Bool: { 'aws:securetransport': ['false'] } } })) })]) }, messageId: 'ok', name: 'keys compare case-insensitively' },
  ],
  fail: [
    { facts: { 's3.buckets': s3([bucket('a', { policy: ok(null) })]) }, messageId: 'none' },
    { facts: { 's3.buckets': s3([bucket('a', { policy: policy(publicRead) })]) }, messageId: 'missing' },
    { facts: { 's3.buckets': s3([bucket('a', { policy: policy(deny({ Principal: { AWS: 'arn:aws:iam::111122223333:root' } })) })]) }, messageId: 'missing', name: 'denies one principal only' },
    { facts: { 's3.buckets': s3([bucket('a', { policy: policy(deny({ Action: 's3:GetObject' })) })]) }, messageId: 'missing', name: 'denies one action only' },
  ],
  notApplicable: [{ 's3.buckets': s3([bucket('swift', { policy: notImplemented('GetBucketPolicy') })]) }],
  error: [{ 's3.buckets': notCollected() }, { 's3.buckets': s3([bucket('x', { policy: denied('GetBucketPolicy') })]) }],
});
