import check from '../../../checks/storage/storage.smb.signing.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notApplicable, notCollected, smb, smbTestparm } from './storage-facts.js';

checkTester.run(check, {
  pass: [
    { 'storage.smb': smb('[global]\nserver signing = mandatory') },
    { 'storage.smb': smbTestparm('[global]\n\tserver signing = required\n') },
    { facts: { 'storage.smb': smb('[global]\nsmb encrypt = required') }, messageId: 'encrypted' },
  ],
  fail: [
    { facts: { 'storage.smb': smb('[global]\nworkgroup = X') }, messageId: 'notMandatory', name: 'the default is not mandatory' },
    { facts: { 'storage.smb': smb('[global]\nserver signing = auto') }, messageId: 'notMandatory' },
    { facts: { 'storage.smb': smbTestparm('[global]\n\tserver signing = default\n\tserver smb encrypt = default\n') }, messageId: 'notMandatory' },
  ],
  notApplicable: [{ 'storage.smb': notApplicable() }],
  error: [{ 'storage.smb': notCollected() }],
});
