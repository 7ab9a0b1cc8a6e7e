import check from '../../../checks/storage/storage.smb.encryption.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notApplicable, notCollected, smb, smbTestparm } from './storage-facts.js';

checkTester.run(check, {
  pass: [
    { 'storage.smb': smb('[global]\nserver smb encrypt = required\n[a]\npath = /a\n[b]\npath = /b') },
    { 'storage.smb': smb('[a]\npath = /a\nsmb encrypt = mandatory\n[b]\npath = /b\nsmb encrypt = required\n[c]\npath = /c\navailable = no') },
    { 'storage.smb': smbTestparm('[global]\n\tserver smb encrypt = required\n[a]\n\tpath = /a\n') },
  ],
  fail: [
    { facts: { 'storage.smb': smb('[a]\npath = /a') }, messageId: 'plain' },
    { facts: { 'storage.smb': smb('[global]\nsmb encrypt = required\n[a]\npath = /a\nsmb encrypt = desired\n[b]\npath = /b') }, messageId: 'plain', count: 1, name: 'a share overrides [global]' },
  ],
  notApplicable: [{ 'storage.smb': smb('[global]\nworkgroup = X') }, { 'storage.smb': notApplicable() }],
  error: [{ 'storage.smb': notCollected() }],
});
