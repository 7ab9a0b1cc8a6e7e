import check from '../../../checks/storage/storage.mounts.nosuid-nodev.js';
import { checkTester } from '../../helpers/check-tester.js';
import { mounts, notCollected } from './storage-facts.js';

checkTester.run(check, {
  pass: [
    { 'storage.mounts': mounts('srv:/export /mnt/x nfs4 rw,nosuid,nodev 0 0') },
    { 'storage.mounts': mounts('//fs/share /mnt/s cifs credentials=/etc/c,nosuid,nodev,noexec 0 0\n/dev/sda1 / ext4 defaults 0 1') },
  ],
  fail: [
    { facts: { 'storage.mounts': mounts('srv:/export /mnt/x nfs defaults 0 0') }, messageId: 'missing' },
    { facts: { 'storage.mounts': mounts('srv:/export /mnt/x nfs4 nosuid 0 0') }, messageId: 'missing' },
    { facts: { 'storage.mounts': mounts('//fs/share /mnt/my\\040share cifs username=u,password=set,nodev 0 0') }, messageId: 'missing' },
  ],
  notApplicable: [{ 'storage.mounts': mounts('/dev/sda1 / ext4 defaults 0 1\ntmpfs /tmp tmpfs nosuid 0 0') }],
  error: [{ 'storage.mounts': notCollected('/etc/fstab not found in the audited root') }],
});
