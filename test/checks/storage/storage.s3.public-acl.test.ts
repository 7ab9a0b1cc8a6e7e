import check from '../../../checks/storage/storage.s3.public-acl.js';
import { checkTester } from '../../helpers/check-tester.js';
import { acl, bucket, denied, notCollected, notImplemented, ok, pab, s3 } from './s3-facts.js';

checkTester.run(check, {
  pass: [
    { 's3.buckets': s3([bucket('private')]) },
    { facts: { 's3.buckets': s3([bucket('ignored', { acl: acl.publicRead, publicAccessBlock: pab({ IgnorePublicAcls: true }) })]) }, messageId: 'ignored', name: 'IgnorePublicAcls makes S3 disregard the grant' },
  ],
  fail: [
    { facts: { 's3.buckets': s3([bucket('web', { acl: acl.publicRead, publicAccessBlock: ok(null) })]) }, messageId: 'public', name: 'AllUsers READ' },
    { facts: { 's3.buckets': s3([bucket('a'), bucket('b', { acl: acl.authenticatedRead, publicAccessBlock: pab(false) })]) }, messageId: 'public', count: 1, name: 'AuthenticatedUsers READ, one bucket of two' },
  ],
  notApplicable: [{ 's3.buckets': s3([]) }, { 's3.buckets': s3([bucket('x', { acl: notImplemented('GetBucketAcl') })]) }],
  error: [{ 's3.buckets': notCollected() }, { 's3.buckets': s3([bucket('x', { acl: denied('GetBucketAcl') })]) }, { 's3.buckets': s3([bucket('a')], {}, ['gone']) }],
});
