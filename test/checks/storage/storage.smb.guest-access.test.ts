import check from '../../../checks/storage/storage.smb.guest-access.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notApplicable, notCollected, smb, smbTestparm } from './storage-facts.js';

checkTester.run(check, {
  pass: [
    { 'storage.smb': smb('[global]\nmap to guest = never\n[data]\npath = /srv\nguest ok = no') },
    { facts: { 'storage.smb': smb('[data]\npath = /srv') }, name: 'defaults: Never, no guests' },
    { 'storage.smb': smbTestparm('[global]\n\tmap to guest = Never\n\tguest ok = No\n[data]\n\tpath = /srv\n') },
  ],
  fail: [
    { facts: { 'storage.smb': smb('[global]\nmap to guest = bad user') }, messageId: 'mapToGuest' },
    { facts: { 'storage.smb': smb('[pub]\npath = /srv\npublic = yes') }, messageId: 'guestShare', name: 'public is a synonym of guest ok' },
    { facts: { 'storage.smb': smb('[global]\nguest ok = yes\n[pub]\npath = /srv') }, messageId: 'guestShare', name: 'a share inherits guest ok from [global]' },
    { facts: { 'storage.smb': smb('[global]\nusershare allow guests = yes') }, messageId: 'usershares' },
    { facts: { 'storage.smb': smb('[global]\nmap to guest = bad uid\nusershare allow guests = yes\n[p]\npath = /p\nguest ok = yes') }, count: 3, name: 'each weakness is its own result' },
    { facts: { 'storage.smb': smb('[global]\ninclude = /etc/samba/shares.conf', { '/etc/samba/shares.conf': '[pub]\nguest only = yes' }) }, messageId: 'guestShare', name: 'a share from an included file' },
  ],
  notApplicable: [{ 'storage.smb': notApplicable() }],
  error: [{ 'storage.smb': notCollected() }],
});
