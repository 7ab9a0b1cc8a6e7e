import check from '../../../checks/storage/storage.nfs.insecure-port.js';
import { checkTester } from '../../helpers/check-tester.js';
import { nfs, notApplicable, notCollected } from './storage-facts.js';

checkTester.run(check, {
  pass: [{ 'storage.nfs': nfs('/srv/home client1(rw)') }, { 'storage.nfs': nfs('/srv/home client1(insecure,secure)') }],
  fail: [
    { facts: { 'storage.nfs': nfs('/srv/home client1(rw,insecure)') }, messageId: 'insecure' },
    { facts: { 'storage.nfs': nfs('# comment\n/srv/a -insecure h1 h2(ro)  # trailing comment') }, messageId: 'insecure', count: 2 },
  ],
  notApplicable: [{ 'storage.nfs': notApplicable() }],
  error: [{ 'storage.nfs': notCollected() }],
});
