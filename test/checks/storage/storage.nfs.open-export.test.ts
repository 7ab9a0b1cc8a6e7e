import check from '../../../checks/storage/storage.nfs.open-export.js';
import { checkTester } from '../../helpers/check-tester.js';
import { nfs, notApplicable, notCollected } from './storage-facts.js';

checkTester.run(check, {
  pass: [
    { 'storage.nfs': nfs('/srv/home client1.example.com(rw) client2(rw)') },
    { 'storage.nfs': nfs('/srv/pub 10.0.0.0/24(ro) *.example.com(ro) @staff(ro)') },
    { 'storage.nfs': nfs('/srv/home 10.0.0.5(rw)') },
  ],
  fail: [
    { facts: { 'storage.nfs': nfs('/srv/pub *(ro)') }, messageId: 'anyHost' },
    { facts: { 'storage.nfs': nfs('/srv/pub') }, messageId: 'anyHost', name: 'a path without client is exported to the world' },
    { facts: { 'storage.nfs': nfs('/srv/media host1 (rw)') }, messageId: 'anyHost', count: 1, name: 'the "host (rw)" space typo' },
    { facts: { 'storage.nfs': nfs('/srv/x 0.0.0.0/0(ro)') }, messageId: 'anyHost' },
    { facts: { 'storage.nfs': nfs('/srv/home 10.0.0.0/24(rw)') }, messageId: 'networkRw' },
    { facts: { 'storage.nfs': nfs('/srv/home *.example.com(rw)') }, messageId: 'networkRw' },
    { facts: { 'storage.nfs': nfs('/srv/home -rw @staff') }, messageId: 'networkRw', name: 'netgroup with line defaults' },
  ],
  notApplicable: [{ 'storage.nfs': notApplicable() }],
  error: [{ 'storage.nfs': notCollected() }],
});
