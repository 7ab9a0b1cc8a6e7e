import check from '../../../checks/storage/storage.smb.min-protocol.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notApplicable, notCollected, smb, smbTestparm } from './storage-facts.js';

checkTester.run(check, {
  pass: [
    { 'storage.smb': smb('[global]\nserver min protocol = SMB3_00') },
    { facts: { 'storage.smb': smb('[global]\nworkgroup = X') }, name: 'unset: the Samba 4.11+ default SMB2_02' },
    { 'storage.smb': smb('[global]\nServerMin Protocol = smb2') },
    { 'storage.smb': smbTestparm('[global]\n\tserver min protocol = SMB2_02\n') },
  ],
  fail: [
    { facts: { 'storage.smb': smb('[global]\nserver min protocol = NT1') }, messageId: 'smb1' },
    { facts: { 'storage.smb': smb('[global]\nmin protocol = LANMAN1') }, messageId: 'smb1', name: 'the old synonym' },
    { facts: { 'storage.smb': smbTestparm('Load smb config files from /etc/samba/smb.conf\n[global]\n\tserver min protocol = NT1\n') }, messageId: 'smb1' },
  ],
  warn: [{ facts: { 'storage.smb': smb('[global]\nserver min protocol = SMB9') }, messageId: 'unknown' }],
  notApplicable: [{ 'storage.smb': notApplicable('no /etc/samba/smb.conf: Samba is not configured') }],
  error: [{ 'storage.smb': notCollected('testparm exited 1: Error loading services.') }],
});
