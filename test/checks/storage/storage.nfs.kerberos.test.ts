import check from '../../../checks/storage/storage.nfs.kerberos.js';
import { checkTester } from '../../helpers/check-tester.js';
import { nfs, notApplicable, notCollected } from './storage-facts.js';

checkTester.run(check, {
  pass: [{ 'storage.nfs': nfs('/srv/home client1(rw,sec=krb5p)') }, { 'storage.nfs': nfs('/srv/b 10.0.0.0/24(ro,sec=krb5i:krb5p)') }],
  fail: [
    { facts: { 'storage.nfs': nfs('/srv/home client1(rw)') }, messageId: 'sysOnly', name: 'sec=sys is the default' },
    { facts: { 'storage.nfs': nfs('/srv/home client1(rw,sec=sys)') }, messageId: 'sysOnly' },
    { facts: { 'storage.nfs': nfs('/srv/home client1(rw,sec=krb5p:sys)') }, messageId: 'sysAllowed' },
    { facts: { 'storage.nfs': nfs('/srv/home client1(sec=none)') }, messageId: 'sysOnly' },
  ],
  notApplicable: [{ 'storage.nfs': notApplicable() }],
  error: [{ 'storage.nfs': notCollected() }],
});
