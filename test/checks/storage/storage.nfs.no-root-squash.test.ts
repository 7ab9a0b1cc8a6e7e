import check from '../../../checks/storage/storage.nfs.no-root-squash.js';
import { checkTester } from '../../helpers/check-tester.js';
import { nfs, notApplicable, notCollected } from './storage-facts.js';

checkTester.run(check, {
  pass: [
    { 'storage.nfs': nfs('/srv/home client1(rw,sync)') },
    { 'storage.nfs': nfs('/srv/home client1(rw,no_root_squash,root_squash)') },
    { 'storage.nfs': nfs('/srv/pub 10.0.0.0/24(ro,all_squash)') },
  ],
  fail: [
    { facts: { 'storage.nfs': nfs('/srv/home client1(rw,no_root_squash)') }, messageId: 'noRootSquash', count: 1 },
    { facts: { 'storage.nfs': nfs('/srv/home -no_root_squash client1 client2(rw)') }, messageId: 'noRootSquash', count: 2, name: 'line defaults apply to every client' },
    { facts: { 'storage.nfs': nfs('/srv/a h1(ro)\n/srv/b \\\n  h2(root_squash,no_root_squash)') }, messageId: 'noRootSquash', count: 1, name: 'continuation line, last option wins' },
  ],
  notApplicable: [{ 'storage.nfs': notApplicable('no /etc/exports nor /etc/exports.d/*.exports: this host is not an NFS server') }],
  error: [{ 'storage.nfs': notCollected('cannot read /etc/exports (not root?)') }],
});
