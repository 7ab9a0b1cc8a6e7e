import check from '../../../checks/storage/storage.luks.data-volumes.js';
import { checkTester } from '../../helpers/check-tester.js';
import { luks, luksLive, notApplicable, notCollected } from './storage-facts.js';

const ROOT = '/dev/mapper/root_crypt / ext4 defaults 0 1\nUUID=AAAA /boot ext4 defaults 0 2\nUUID=BBBB /boot/efi vfat umask=0077 0 1\n';
const CT = 'root_crypt UUID=1111 none luks\ndata_crypt UUID=2222 none luks\n';

checkTester.run(check, {
  pass: [
    { 'storage.luks': luks(`${ROOT}/dev/mapper/data_crypt /srv/data xfs defaults 0 2`, CT) },
    { 'storage.luks': luks(`${ROOT}/dev/disk/by-id/dm-name-data_crypt /srv/data ext4 defaults 0 2`, CT) },
    {
      'storage.luks': luksLive({ blockdevices: [{ name: 'sdb', type: 'disk', fstype: null, mountpoints: [null], children: [{ name: 'sdb1', type: 'part', fstype: 'crypto_LUKS', mountpoints: [null], children: [{ name: 'data', type: 'crypt', fstype: 'xfs', mountpoints: ['/srv/data'] }] }] }] }),
    },
  ],
  fail: [
    { facts: { 'storage.luks': luks(`${ROOT}/dev/sdb1 /srv/data xfs defaults 0 2`, CT) }, messageId: 'plain' },
    { facts: { 'storage.luks': luks('/dev/sda1 / ext4 defaults 0 1\nUUID=CCCC /var/lib/postgresql ext4 defaults 0 2') }, messageId: 'plain', name: 'no crypttab at all' },
    { facts: { 'storage.luks': luksLive({ blockdevices: [{ name: 'sdb', type: 'disk', fstype: null, mountpoints: [null], children: [{ name: 'sdb1', type: 'part', fstype: 'ext4', mountpoints: ['/srv/data'] }] }] }) }, messageId: 'plain' },
  ],
  warn: [{ facts: { 'storage.luks': luks(`${ROOT}UUID=CCCC /srv/data ext4 defaults 0 2`, CT) }, messageId: 'unknown', name: 'a UUID next to crypttab mappings cannot be told offline' }],
  notApplicable: [
    { 'storage.luks': luks(ROOT, CT) },
    { 'storage.luks': luks('/dev/sda1 / ext4 defaults 0 1\n/dev/sda2 none swap sw 0 0\ntmpfs /tmp tmpfs defaults 0 0') },
    { 'storage.luks': notApplicable('/ is overlay (a container or network root): disk encryption is a property of the host') },
  ],
  error: [{ 'storage.luks': notCollected('lsblk is not installed: block devices cannot be listed') }],
});
