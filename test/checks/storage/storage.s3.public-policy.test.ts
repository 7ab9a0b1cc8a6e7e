import check from '../../../checks/storage/storage.s3.public-policy.js';
import { checkTester } from '../../helpers/check-tester.js';
import { bucket, denied, denyHttp, notCollected, notImplemented, ok, pab, policy, publicRead, s3 } from './s3-facts.js';

const orgOnly = { ...publicRead, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } };
const anyOrg = { ...publicRead, Condition: { StringLike: { 'aws:PrincipalOrgID': '*' } } };
const awsStar = { ...publicRead, Principal: { AWS: ['*'] } };

checkTester.run(check, {
  pass: [
    { facts: { 's3.buckets': s3([bucket('none', { policy: ok(null) })]) }, messageId: 'none' },
    { facts: { 's3.buckets': s3([bucket('tls', { policy: policy(denyHttp) })]) }, messageId: 'ok', name: 'a Deny for everyone is not public' },
    { facts: { 's3.buckets': s3([bucket('org', { policy: policy(orgOnly) })]) }, messageId: 'ok', name: 'aws:PrincipalOrgID restricts' },
    { facts: { 's3.buckets': s3([bucket('rpb', { policy: policy(publicRead), publicAccessBlock: pab({ RestrictPublicBuckets: true }) })]) }, messageId: 'restricted' },
  ],
  fail: [
    { facts: { 's3.buckets': s3([bucket('web', { policy: policy(denyHttp, publicRead), publicAccessBlock: ok(null) })]) }, messageId: 'public' },
    { facts: { 's3.buckets': s3([bucket('web', { policy: policy(awsStar), publicAccessBlock: pab(false) })]) }, messageId: 'public', name: 'Principal {"AWS": ["*"]}' },
    { facts: { 's3.buckets': s3([bucket('web', { policy: policy(anyOrg), publicAccessBlock: notImplemented('GetPublicAccessBlock') })]) }, messageId: 'public', name: 'a wildcard condition value restricts nothing' },
  ],
  notApplicable: [{ 's3.buckets': s3([bucket('swift', { policy: notImplemented('GetBucketPolicy') })]) }, { 's3.buckets': s3([bucket('bad', { policy: ok({ statements: [], unreadable: 'the policy is not JSON' }) })]) }],
  error: [{ 's3.buckets': notCollected() }, { 's3.buckets': s3([bucket('x', { policy: denied('GetBucketPolicy') })]) }],
});
